// Large variation in nucleus size (pleomorphism) is a malignancy criterion.
static string? Label(double areaError) => areaError > 50 ? "malignant" : areaError < 20 ? "benign" : null;
