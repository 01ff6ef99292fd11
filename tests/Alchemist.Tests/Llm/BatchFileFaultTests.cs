using System.Text.Json.Nodes;
using Alchemist.Data;
using Alchemist.Llm;
using Alchemist.Tasks;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Llm;

/// <summary>Batch output and prompt overrides from outside: bounded, and a malformed field is an error naming it.</summary>
public sealed class BatchFileFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_status_code_that_is_not_a_number_names_the_line_and_field()
    {
        var path = _folder.Write("out.jsonl", """{"custom_id": "a", "response": {"status_code": "two hundred", "body": {}}}""" + "\n");

        var e = Assert.Throws<DataFormatException>(() => BatchFile.Import(path));

        Assert.Equal($"{path}, row 1, field 'response.status_code': is not an HTTP status number.", e.Message);
    }

    [Fact]
    public void A_huge_error_body_is_kept_as_an_excerpt()
    {
        var huge = new string('e', 5 << 20);
        var failed = new JsonObject { ["custom_id"] = "a", ["error"] = new JsonObject { ["message"] = huge } };
        var http500 = new JsonObject
        {
            ["custom_id"] = "b",
            ["response"] = new JsonObject { ["status_code"] = 500, ["body"] = new JsonObject { ["error"] = new JsonObject { ["message"] = huge } } },
        };
        var path = _folder.Write("out.jsonl", failed.ToJsonString() + "\n" + http500.ToJsonString() + "\n");

        var failures = BatchFile.Import(path).Failures;

        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.InRange(f.Problem.Length, 500, 600));
        Assert.All(failures, f => Assert.EndsWith("more characters)", f.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public void An_oversized_prompt_template_is_refused_naming_the_file()
    {
        var file = Path.Combine(_folder.Root, PromptTemplates.OverrideFolder, PromptTemplates.Names[0] + ".txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, new string('p', 10 << 20));

        var e = Assert.Throws<AlchemistException>(() => PromptTemplates.Load(_folder.Root));

        Assert.Equal($"{file}: the prompt template is 10,485,760 bytes; the limit is 200,000 (it is sent with every call). Shorten it.", e.Message);
    }
}
