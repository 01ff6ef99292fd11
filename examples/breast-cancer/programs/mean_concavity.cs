// Deep concavities in the contour are typical of malignant nuclei; smooth, convex ones of benign.
static string? Label(double meanConcavity) => meanConcavity > 0.15 ? "malignant" : meanConcavity < 0.05 ? "benign" : null;
