// Alchemist labeling program 008-examples for task 'breast-cancer'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 7, knowledge: examples.
// Tokens and cost: none reported (answers imported without usage).
// Smoke run: 200 sample rows, 146 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   benign
//   - mean radius 12.0, mean texture 17.5, mean perimeter 77, mean area 450, mean smoothness 0.090, mean concavity 0.03, mean concave points 0.02, worst radius 13.2, worst area 540, worst concave points 0.07
//   - mean radius 11.2, mean texture 14.8, mean perimeter 71, mean area 390, mean compactness 0.06, mean concavity 0.02, mean concave points 0.015, worst radius 12.3, worst texture 19.5, worst concave points 0.06
//   - mean radius 13.1, mean texture 19.0, mean perimeter 84, mean area 530, mean concave points 0.028, area error 20, worst radius 14.5, worst perimeter 93, worst area 650, worst concave points 0.09
//   - mean radius 9.8, mean texture 16.0, mean perimeter 62, mean area 300, mean smoothness 0.10, mean concavity 0.01, worst radius 10.9, worst area 360, worst concavity 0.05, worst concave points 0.04
//   - mean radius 12.6, mean texture 21.0, mean perimeter 80, mean area 490, mean compactness 0.08, mean concave points 0.025, radius error 0.25, worst radius 13.9, worst texture 27.0, worst concave points 0.08
//   malignant
//   - mean radius 17.9, mean texture 21.5, mean perimeter 118, mean area 1000, mean concavity 0.17, mean concave points 0.09, area error 85, worst radius 22.0, worst area 1500, worst concave points 0.19
//   - mean radius 20.5, mean texture 18.0, mean perimeter 135, mean area 1300, mean compactness 0.14, mean concave points 0.11, radius error 0.8, worst radius 25.0, worst perimeter 165, worst concave points 0.21
//   - mean radius 15.3, mean texture 25.0, mean perimeter 101, mean area 730, mean concavity 0.12, mean concave points 0.07, worst radius 18.8, worst texture 33.0, worst area 1080, worst concave points 0.17
//   - mean radius 16.6, mean texture 22.8, mean perimeter 110, mean area 860, mean smoothness 0.11, mean concavity 0.15, area error 55, worst radius 20.3, worst concavity 0.42, worst concave points 0.18
//   - mean radius 14.5, mean texture 23.5, mean perimeter 96, mean area 650, mean compactness 0.15, mean concave points 0.065, worst radius 17.8, worst area 980, worst compactness 0.38, worst concave points 0.16
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
    // Thresholds halfway between the benign and malignant examples on area, concavity and texture.
    public static int Label(double meanRadius, double meanTexture, double meanPerimeter, double meanArea, double meanSmoothness, double meanCompactness, double meanConcavity, double meanConcavePoints, double meanSymmetry, double meanFractalDimension, double radiusError, double textureError, double perimeterError, double areaError, double smoothnessError, double compactnessError, double concavityError, double concavePointsError, double symmetryError, double fractalDimensionError, double worstRadius, double worstTexture, double worstPerimeter, double worstArea, double worstSmoothness, double worstCompactness, double worstConcavity, double worstConcavePoints, double worstSymmetry, double worstFractalDimension)
    {
        bool bigArea = meanArea > 650;
        bool concave = meanConcavity > 0.08;
        bool coarse = worstTexture > 27;
        int votes = (bigArea ? 1 : 0) + (concave ? 1 : 0) + (coarse ? 1 : 0);
        if (votes >= 2 && worstConcavePoints > 0.12) return 1;
        if (votes == 0 && worstConcavePoints < 0.12) return 0;
        return -1;
    }
}
