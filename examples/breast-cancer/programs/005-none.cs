// Alchemist labeling program 005-none for task 'breast-cancer'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 4, knowledge: none.
// Tokens and cost: none reported (answers imported without usage).
// Smoke run: 200 sample rows, 175 votes, 0 faults.
// Prompt (system message omitted; see the system template):
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
    // Score a few signs of malignancy (size, texture, irregular contour); decide only when the evidence is clear.
    public static int Label(double meanRadius, double meanTexture, double meanPerimeter, double meanArea, double meanSmoothness, double meanCompactness, double meanConcavity, double meanConcavePoints, double meanSymmetry, double meanFractalDimension, double radiusError, double textureError, double perimeterError, double areaError, double smoothnessError, double compactnessError, double concavityError, double concavePointsError, double symmetryError, double fractalDimensionError, double worstRadius, double worstTexture, double worstPerimeter, double worstArea, double worstSmoothness, double worstCompactness, double worstConcavity, double worstConcavePoints, double worstSymmetry, double worstFractalDimension)
    {
        int score = 0;
        if (meanArea > 700) score++;
        if (worstPerimeter > 110) score++;
        if (meanTexture > 20) score++;
        if (meanConcavity > 0.1) score++;
        if (meanConcavePoints > 0.05) score++;
        if (worstCompactness > 0.3) score++;
        if (score >= 4) return 1;
        if (score <= 1) return 0;
        return -1;
    }
}
