namespace Alchemist.Concepts;

/// <summary>One primitive concept and a contrasting description of it for every class.</summary>
/// <param name="Name">Short name, e.g. "foot shape"; the feature columns are named after it.</param>
/// <param name="Descriptions">Class name → the description of the concept as that class shows it.</param>
public sealed record Concept(string Name, IReadOnlyDictionary<string, string> Descriptions);

/// <summary>The concepts that separate a task's classes, as the LLM proposed them or the user edited them.</summary>
/// <param name="Classes">The class names, in task order; every concept describes each of them.</param>
/// <param name="Concepts">The concepts.</param>
public sealed record ConceptSet(IReadOnlyList<string> Classes, IReadOnlyList<Concept> Concepts)
{
    /// <summary>
    /// The feature column of a concept and class: both names in snake_case joined by a double underscore,
    /// e.g. <c>foot_shape__waterbird</c> (a program sees it as <c>footShapeWaterbird</c>).
    /// </summary>
    public static string FeatureName(string concept, string className) =>
        FeatureNames.ToSnakeCase(concept) + "__" + FeatureNames.ToSnakeCase(className);

    /// <summary>Every feature column, concept by concept, classes in task order.</summary>
    public IReadOnlyList<string> FeatureColumns() =>
        Concepts.SelectMany(c => Classes.Select(k => FeatureName(c.Name, k))).ToArray();
}
