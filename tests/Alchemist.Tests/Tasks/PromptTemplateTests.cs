using Alchemist.Tasks;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Tasks;

public sealed class PromptTemplateTests
{
    [Fact]
    public void A_file_in_prompts_overrides_the_built_in_template()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.PathOf("prompts"));
        folder.Write("prompts/system.txt", "You label {{task_name}} data.");
        var templates = PromptTemplates.Load(folder.Root);

        Assert.Equal("You label demo data.", templates.Render("system", new Dictionary<string, string> { ["task_name"] = "demo" }));
        Assert.EndsWith("system.txt", templates.Origins["system"]);
        Assert.StartsWith("(built-in", templates.Origins["program"]);
    }

    [Fact]
    public void An_unknown_placeholder_names_the_file_and_line()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.PathOf("prompts"));
        var file = folder.Write("prompts/repair.txt", "Fix it.\nErrors: {{errors}}");
        var templates = PromptTemplates.Load(folder.Root);

        var error = Assert.Throws<AlchemistException>(() => templates.Render("repair", new Dictionary<string, string> { ["problems"] = "x" }));

        Assert.Contains($"{file}, line 2: unknown placeholder {{{{errors}}}}", error.Message);
    }
}
