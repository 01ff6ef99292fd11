using Alchemist.Concepts;

namespace Alchemist.Tests.Concepts;

public sealed class ClipModelTests
{
    [Fact]
    public void Tokenizer_reproduces_the_reference_ids()
    {
        using var model = new ClipModel(ClipFixture.Folder);
        var reference = ClipFixture.Reference("reference_text.json");
        var texts = reference.GetProperty("texts").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var expected = ClipFixture.Matrix(reference.GetProperty("input_ids"));
        for (var i = 0; i < texts.Length; i++)
        {
            var (ids, _) = model.Tokenizer.Encode(texts[i]);
            Assert.Equal(expected[i].Select(v => (long)v), ids);
        }
    }

    [Fact]
    public void Tokenizer_cleans_whitespace_and_case_and_truncates_to_the_context()
    {
        using var model = new ClipModel(ClipFixture.Folder);
        Assert.Equal(model.Tokenizer.Encode("a photo of a bird").Ids, model.Tokenizer.Encode("  A\tPHOTO \n of  a Bird ").Ids);
        var (ids, length) = model.Tokenizer.Encode(string.Join(' ', Enumerable.Repeat("word", 50)));
        Assert.Equal(77, ids.Length);
        Assert.Equal(77, length);
        Assert.Equal(model.Tokenizer.StartId, ids[0]);
        Assert.Equal(model.Tokenizer.EndId, ids[^1]);
    }

    [Fact]
    public void Text_encoder_reproduces_the_reference_embeddings()
    {
        using var model = new ClipModel(ClipFixture.Folder);
        var reference = ClipFixture.Reference("reference_text.json");
        var texts = reference.GetProperty("texts").EnumerateArray().Select(t => t.GetString()!).ToArray();
        AssertClose(ClipFixture.Matrix(reference.GetProperty("text_embeds")), model.EncodeTexts(texts));
    }

    [Fact]
    public void Vision_encoder_reproduces_the_reference_embeddings()
    {
        using var model = new ClipModel(ClipFixture.Folder);
        var reference = ClipFixture.Reference("reference_image.json");
        var pixels = new float[model.Preprocessor.TensorLength];
        AssertClose(ClipFixture.Matrix(reference.GetProperty("image_embeds")), model.EncodeImages(pixels, 1));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var folder = new Data.TempFolder();
        var error = Assert.Throws<AlchemistException>(() => new ClipModel(folder.Root));
        Assert.Contains("vocab.json", error.Message);
    }

    private static void AssertClose(double[][] expected, float[][] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Length, actual[i].Length);
            for (var j = 0; j < expected[i].Length; j++)
                Assert.True(Math.Abs(expected[i][j] - actual[i][j]) <= 1e-4, $"row {i}, dim {j}: expected {expected[i][j]}, got {actual[i][j]}");
        }
    }
}
