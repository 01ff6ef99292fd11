// Alchemist labeling program 007-description for task 'breast-cancer'.
// Status: accepted.
// Model: openai/gpt-4o-mini, temperature 1, sample 6, knowledge: description.
// Tokens and cost: none reported (answers imported without usage).
// Smoke run: 200 sample rows, 171 votes, 0 faults.
// Prompt (system message omitted; see the system template):
//   Here is useful information to follow for generating the labeling function:
//   The data are the 30 numeric features of the Wisconsin Diagnostic Breast Cancer set: for each image of a fine-needle aspirate, ten properties of the cell nuclei (radius in pixels-scale units, texture = grey-level standard deviation, perimeter, area, smoothness = local variation in radius lengths, compactness = perimeter^2/area - 1, concavity = severity of concave portions of the contour, concave points = number of concave portions, symmetry, fractal dimension = "coastline approximation" - 1), each given as mean, standard error and worst value.
//   
//   Benign (0): nuclei are small, round and regular. Typical values: mean radius about 10-13 (worst radius below about 15), mean area about 300-600 (worst area below about 700), mean perimeter below about 85, smooth contours with mean concavity below about 0.05 and mean concave points below about 0.03 (worst concave points below about 0.10), mean texture around 15-19. Standard errors are small (area error below about 25).
//   
//   Malignant (1): nuclei are enlarged, irregular and variable. Typical values: mean radius above about 15 (worst radius above about 18), mean area above about 700 (worst area above about 1000), mean perimeter above about 100, clearly concave contours with mean concavity above about 0.1 and mean concave points above about 0.05 (worst concave points above about 0.15), higher texture (mean above about 20, worst above about 27), larger compactness, and larger standard errors (area error above about 40, radius error above about 0.5).
//   
//   How to tell them apart: size (worst radius/perimeter/area) and contour concavity (mean and worst concave points) are the strongest signals; texture and compactness add support. Masses with intermediate size and concavity (e.g. worst radius 15-18 with worst concave points 0.10-0.15) are ambiguous and are best left undecided.
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
    // Count the malignant signs from the description (size, concavity, texture, standard errors); a clear majority decides.
    public static int Label(double meanRadius, double meanTexture, double meanPerimeter, double meanArea, double meanSmoothness, double meanCompactness, double meanConcavity, double meanConcavePoints, double meanSymmetry, double meanFractalDimension, double radiusError, double textureError, double perimeterError, double areaError, double smoothnessError, double compactnessError, double concavityError, double concavePointsError, double symmetryError, double fractalDimensionError, double worstRadius, double worstTexture, double worstPerimeter, double worstArea, double worstSmoothness, double worstCompactness, double worstConcavity, double worstConcavePoints, double worstSymmetry, double worstFractalDimension)
    {
        int signs = 0, checks = 0;
        void Sign(bool malignantSign, bool benignSign) { checks++; if (malignantSign) signs++; else if (benignSign) signs--; }
        Sign(meanRadius > 15, meanRadius < 13);
        Sign(worstArea > 1000, worstArea < 700);
        Sign(meanPerimeter > 100, meanPerimeter < 85);
        Sign(meanConcavity > 0.1, meanConcavity < 0.05);
        Sign(worstConcavePoints > 0.15, worstConcavePoints < 0.10);
        Sign(meanTexture > 20, meanTexture < 17);
        Sign(areaError > 40, areaError < 25);
        Sign(radiusError > 0.5, radiusError < 0.3);
        if (signs >= 3) return 1;
        if (signs <= -3) return 0;
        return -1;
    }
}
