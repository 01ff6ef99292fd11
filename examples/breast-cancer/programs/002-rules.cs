// Alchemist labeling program 002-rules for task 'breast-cancer'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 0.7, sample 1, knowledge: rules.
// Tokens and cost: none reported (answers imported without usage).
// Smoke run: 200 sample rows, 178 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   1. If worst radius > 17 and worst concave points > 0.14, label malignant (1).
//   2. If worst radius < 14 and worst concave points < 0.10, label benign (0).
//   3. If mean concave points > 0.06, label malignant; if mean concave points < 0.03, label benign.
//   4. If worst area > 1000, label malignant; if worst area < 600, label benign.
//   5. If worst perimeter > 115, label malignant; if worst perimeter < 90, label benign.
//   6. If mean concavity > 0.12 and mean radius > 14, label malignant.
//   7. If area error > 45, label malignant; if area error < 20 and mean radius < 13, label benign.
//   8. If worst texture > 30 and worst radius > 16, label malignant; if worst texture < 20 and worst radius < 14, label benign.
//   9. If the size signals and the concavity signals disagree (a large but smooth nucleus, or a small but concave one), or the values fall between the thresholds above, return -1 (no decision).
//   
//   Decide whether a breast mass is benign or malignant from measurements of the cell nuclei in a digitised image of a
//   fine-needle aspirate. For each of ten nucleus characteristics (radius, texture, perimeter, area, smoothness,
//   compactness, concavity, concave points, symmetry, fractal dimension) the row gives the mean over the nuclei in the
//   image, its standard error, and the worst (mean of the three largest) value.
//   The function should return 1 if malignant, 0 if benign, -1 if it cannot be determined.
//   Write the labeling function in C# with exactly this signature, inside a public static class:
//   public static int Label(double meanRadius, double meanTexture, double meanPerimeter, double meanArea, double meanSmoothness, double meanCompactness, double meanConcavity, double meanConcavePoints, double meanSymmetry, double meanFractalDimension, double radiusError, double textureError, double perimeterError, double areaError, double smoothnessError, double compactnessError, double concavityError, double concavePointsError, double symmetryError, double fractalDimensionError, double worstRadius, double worstTexture, double worstPerimeter, double worstArea, double worstSmoothness, double worstCompactness, double worstConcavity, double worstConcavePoints, double worstSymmetry, double worstFractalDimension)
//   Use only the .NET base library (System, System.Linq, System.Collections.Generic, System.Text, System.Text.RegularExpressions, System.Globalization); no file, network, process, reflection, threading or randomness. Reply with a single ```csharp code block.

public static class LabelingFunction
{
    // Votes of the listed rules; decide by majority, abstain on ties or when no rule fires.
    public static int Label(double meanRadius, double meanTexture, double meanPerimeter, double meanArea, double meanSmoothness, double meanCompactness, double meanConcavity, double meanConcavePoints, double meanSymmetry, double meanFractalDimension, double radiusError, double textureError, double perimeterError, double areaError, double smoothnessError, double compactnessError, double concavityError, double concavePointsError, double symmetryError, double fractalDimensionError, double worstRadius, double worstTexture, double worstPerimeter, double worstArea, double worstSmoothness, double worstCompactness, double worstConcavity, double worstConcavePoints, double worstSymmetry, double worstFractalDimension)
    {
        int malignant = 0, benign = 0;
        if (worstRadius > 17 && worstConcavePoints > 0.14) malignant++;
        if (worstRadius < 14 && worstConcavePoints < 0.10) benign++;
        if (meanConcavePoints > 0.06) malignant++; else if (meanConcavePoints < 0.03) benign++;
        if (worstArea > 1000) malignant++; else if (worstArea < 600) benign++;
        if (worstPerimeter > 115) malignant++; else if (worstPerimeter < 90) benign++;
        if (meanConcavity > 0.12 && meanRadius > 14) malignant++;
        if (areaError > 45) malignant++; else if (areaError < 20 && meanRadius < 13) benign++;
        if (worstTexture > 30 && worstRadius > 16) malignant++;
        else if (worstTexture < 20 && worstRadius < 14) benign++;
        if (malignant > benign) return 1;
        if (benign > malignant) return 0;
        return -1;
    }
}
