using Alchemist.Data;
using Alchemist.Llm;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Llm;

public sealed class CacheAndBatchTests
{
    private static readonly LlmRequest Request = new("openai", "gpt-4o-mini", [new LlmMessage("user", "Write one.")], 0.7f, 256, 0, "program:001-none");

    [Fact]
    public void Every_field_that_changes_the_answer_changes_the_key_and_purpose_does_not()
    {
        var variants = new[]
        {
            Request with { Provider = "anthropic" }, Request with { Model = "gpt-4o" }, Request with { Temperature = 1.0f },
            Request with { MaxTokens = 512 }, Request with { SampleIndex = 1 }, Request with { Messages = [new LlmMessage("user", "Write two.")] },
        };
        Assert.Equal(variants.Length + 1, variants.Select(v => v.Key).Append(Request.Key).Distinct().Count());
        Assert.Equal(Request.Key, (Request with { Purpose = "other" }).Key);
    }

    [Fact]
    public void The_cache_survives_reopening()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf(".alchemist/cache.db");
        using (var cache = new ResponseCache(path)) cache.Put(Request, new LlmResponse("answer", 10, 5, "stop", ResponseOrigin.Live));
        using var reopened = new ResponseCache(path);
        Assert.Equal(new LlmResponse("answer", 10, 5, "stop", ResponseOrigin.Cache), reopened.Get(Request));
        Assert.Null(reopened.Get(Request with { SampleIndex = 1 }));
    }

    [Fact]
    public void Batch_import_reads_answers_and_reports_failed_lines()
    {
        using var folder = new TempFolder();
        var file = folder.Write("out.jsonl", """
            {"id":"b1","custom_id":"k1","response":{"status_code":200,"body":{"choices":[{"message":{"role":"assistant","content":"code"},"finish_reason":"stop"}],"usage":{"prompt_tokens":7,"completion_tokens":3}}},"error":null}
            {"id":"b2","custom_id":"k2","response":{"status_code":429,"body":{"error":{"message":"rate limited"}}},"error":null}
            {"id":"b3","custom_id":"k3","response":null,"error":{"code":"expired","message":"batch expired"}}
            """);

        var import = BatchFile.Import(file);

        Assert.Equal(new LlmResponse("code", 7, 3, "stop", ResponseOrigin.Batch), import.Answers["k1"]);
        Assert.Equal([new BatchFailure("k2", 2, "HTTP 429: rate limited"), new BatchFailure("k3", 3, "batch expired")], import.Failures);
    }

    [Fact]
    public void A_malformed_batch_line_names_the_file_line_and_field()
    {
        using var folder = new TempFolder();
        var file = folder.Write("out.jsonl", "{\"custom_id\":\"k1\",\"response\":{\"status_code\":200,\"body\":{}}}\n");
        var error = Assert.Throws<DataFormatException>(() => BatchFile.Import(file));
        Assert.Equal((1L, "response.body.choices"), (error.Row!.Value, error.Field!));
    }

    [Fact]
    public void Prices_match_dated_snapshots_by_prefix_and_project_files_override()
    {
        using var folder = new TempFolder();
        Assert.Equal(new ModelPrice(0.15m, 0.60m), PriceTable.Load(folder.Root).Find("gpt-4o-mini-2024-07-18"));
        Assert.Null(PriceTable.Load(folder.Root).Find("llama3"));
        folder.Write("prices.json", """{"as_of":"2030-01-01","models":{"llama3":{"input":0,"output":0}}}""");
        var table = PriceTable.Load(folder.Root);
        Assert.Equal(new ModelPrice(0, 0), table.Find("llama3"));
        Assert.Equal("2030-01-01", table.AsOf);
        Assert.Equal(new ModelPrice(0.15m, 0.60m), table.Find("gpt-4o-mini"));
    }
}
