// Perimeter grows with size and with contour irregularity.
static string? Label(double worstPerimeter) => worstPerimeter > 115 ? "malignant" : worstPerimeter < 90 ? "benign" : null;
