// Larger average nucleus area points to malignancy.
static string? Label(double meanArea) => meanArea > 800 ? "malignant" : meanArea < 500 ? "benign" : null;
