using Alchemist.Synthesis;
using Alchemist.Tasks;
using Alchemist.Tests.Data;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Concepts;

public sealed class FeatureSynthesisTests
{
    [Fact]
    public async Task A_feature_task_asks_for_named_double_parameters_and_accepts_programs_that_bind()
    {
        using var folder = new TempFolder();
        folder.Write("cells.csv", "mean_radius,worst_texture,label\n" + string.Join("\n", Enumerable.Range(0, 30).Select(i => $"{10 + i * 0.5},{15 + i},x")) + "\n");
        folder.Write("alchemist.yaml", """
            name: cells
            data:
              path: cells.csv
              feature_fields: [mean_radius, worst_texture]
            labels: [benign, malignant]
            task_description: Decide whether a breast mass is malignant from nucleus measurements.
            programs: 2
            model:
              provider: openai
              name: gpt-4o-mini
              temperature: [0.0]
            knowledge: [none]
            validation:
              smoke_rows: 20
            """);
        var spec = TaskSpecLoader.Load(folder.Root);
        Assert.Equal("public static int Label(double meanRadius, double worstTexture)", spec.FunctionSignature);
        var prompts = new List<string>();
        var answers = new Queue<string>(["```csharp\npublic static int Label(double meanRadius) => meanRadius > 17 ? 1 : 0;\n```",
            "```csharp\npublic static int Label(double meanRadious) => 1;\n```"]);
        using var server = new FakeLlmServer(call =>
        {
            lock (prompts) prompts.Add(call.LastUser);
            lock (answers) return FakeReply.OpenAi(answers.Count > 0 ? answers.Dequeue() : "no program");
        });
        using var session = SynthesisSession.Open(folder.Root, new SynthesisSettings(BaseUrl: server.OpenAiBaseUrl,
            CallOptions: SynthesisFixture.FastCalls with { Concurrency = 1 }, Environment: _ => null));
        var report = await session.SynthesizeAsync(2, CancellationToken.None);
        Assert.Contains(prompts, p => p.Contains("double meanRadius, double worstTexture"));
        Assert.Contains(report.Programs, p => p.Status == ProgramStatus.Accepted);
        Assert.Contains(report.Programs, p => p.Status == ProgramStatus.Rejected);
    }
}
