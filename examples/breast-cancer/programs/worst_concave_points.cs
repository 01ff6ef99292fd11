// Many concave points on the contour mean an irregular, indented nucleus: a classic sign of malignancy.
static string? Label(double worstConcavePoints) => worstConcavePoints > 0.15 ? "malignant" : worstConcavePoints < 0.10 ? "benign" : null;
