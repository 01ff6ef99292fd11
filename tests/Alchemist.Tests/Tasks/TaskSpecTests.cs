using Alchemist.Llm;
using Alchemist.Synthesis;
using Alchemist.Tasks;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Tasks;

public sealed class TaskSpecTests
{
    [Fact]
    public void Default_labeling_instruction_maps_every_class_and_abstain()
    {
        Assert.Equal("The function should return 1 if spam, 0 if ham, -1 if it cannot be determined.",
            TaskSpec.DefaultLabelingInstruction(new LabelSet(["ham", "spam"])));
    }

    [Fact]
    public void The_init_template_loads_with_its_defaults()
    {
        using var folder = new TempFolder();
        folder.Write("alchemist.yaml", TaskSpecTemplate.Render("demo", "data.csv", ["ham", "spam"], "anthropic", "claude-haiku-4-5"));

        var spec = TaskSpecLoader.Load(folder.Root);

        Assert.Equal("demo", spec.Name);
        Assert.Equal(Path.Combine(folder.Root, "data.csv"), spec.Data.Path);
        Assert.Equal(["ham", "spam"], spec.Labels.Names);
        Assert.Equal(TaskSpec.DefaultFunctionSignature, spec.FunctionSignature);
        Assert.Equal(new ModelSettings("anthropic", "claude-haiku-4-5", null, [0.7f, 1.0f]) with { Temperatures = spec.Model.Temperatures }, spec.Model);
        Assert.Equal([0.7f, 1.0f], spec.Model.Temperatures);
        Assert.Equal(5, spec.Knowledge.Count);
        Assert.Equal(Path.Combine(folder.Root, "programs"), spec.OutputDirectory);
    }

    [Theory]
    [InlineData("programs: ten", "line 5, field 'programs': expected a number")]
    [InlineData("model:\n  provider: openai\n  name: m\n  temprature: 0.3", "line 8, field 'model.temprature': unknown field")]
    [InlineData("knowledge: [rules, data_examples]", "field 'knowledge': data_examples shows rows of your data")]
    [InlineData("model:\n  provider: gemini\n  name: m", "field 'model.provider': unknown provider 'gemini'")]
    [InlineData("fallback:\n  rows: sometimes", "field 'fallback.rows': is 'sometimes'; use one of uncovered, uncertain")]
    [InlineData("fallback:\n  share: 2", "field 'fallback.share'")]
    public void Errors_name_the_file_line_and_field(string extra, string expected)
    {
        using var folder = new TempFolder();
        var model = extra.StartsWith("model:", StringComparison.Ordinal) ? "" : "model:\n  provider: openai\n  name: gpt-4o-mini\n";
        var file = folder.Write("alchemist.yaml", $"name: t\ndata:\n  path: d.csv\nlabels: [a, b]\n{extra}\ntask_description: x\n{model}");

        var error = Assert.Throws<AlchemistException>(() => TaskSpecLoader.Load(file));

        Assert.StartsWith(file, error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Programs_are_planned_mixing_strategies_first_then_temperatures()
    {
        using var folder = new TempFolder();
        folder.Write("alchemist.yaml", TaskSpecTemplate.Render("demo", "data.csv", ["ham", "spam"], "openai", "gpt-4o-mini"));
        var slots = ProgramSlot.Plan(TaskSpecLoader.Load(folder.Root), 7);
        Assert.Equal(["001-none", "002-rules", "003-keywords", "004-description", "005-examples", "006-none", "007-rules"], slots.Select(s => s.Name));
        Assert.Equal([0.7f, 0.7f, 0.7f, 0.7f, 0.7f, 1.0f, 1.0f], slots.Select(s => s.Temperature));
        Assert.Equal(Enumerable.Range(0, 7), slots.Select(s => s.SampleIndex));
    }
}
