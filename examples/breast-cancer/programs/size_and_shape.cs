// Both large and irregular: malignant; both small and regular: benign; otherwise no opinion.
static string? Label(double meanRadius, double meanCompactness)
{
    if (meanRadius > 15 && meanCompactness > 0.1) return "malignant";
    if (meanRadius < 12 && meanCompactness < 0.08) return "benign";
    return null;
}
