// Malignant nuclei are enlarged; the largest nuclei in the image tell most.
static string? Label(double worstRadius) => worstRadius > 17 ? "malignant" : worstRadius < 13 ? "benign" : null;
