using Alchemist.Data;

namespace Alchemist.Tests.Data;

public class CsvLoaderTests
{
    private static readonly LabelSet Sentiment = new(["negative", "neutral", "positive"]);

    [Fact]
    public void Reads_latin1_financial_phrasebank()
    {
        var spec = new DataSourceSpec(TestPaths.Shared("finance", "all-data.csv"), TextFields: ["content"], LabelField: "result",
            Encoding: "latin1");

        var data = DatasetLoader.Load(spec, Sentiment);

        Assert.Equal(4846, data.Count);
        Assert.Equal(604, data.Gold!.Count(g => g == 0));
        Assert.Equal(2879, data.Gold!.Count(g => g == 1));
        Assert.Equal(1363, data.Gold!.Count(g => g == 2));
        // Byte 0xE8 is 'è' in Latin-1; read as UTF-8 it would become U+FFFD.
        Assert.Contains(data.Fields[0], t => t.Contains("state of Paran+è ."));
        Assert.DoesNotContain(data.Fields[0], t => t.Contains('\uFFFD'));
        Assert.Equal(2, data.SourceRows[0]);
    }

    [Fact]
    public void Latin1_bytes_read_as_utf8_fail_with_a_hint_instead_of_mojibake()
    {
        var spec = new DataSourceSpec(TestPaths.Shared("finance", "all-data.csv"), TextFields: ["content"], LabelField: "result");

        var e = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(spec, Sentiment));

        Assert.Contains("all-data.csv: the text is not valid UTF-8 (byte 0x", e.Message);
        Assert.Contains("set the file's encoding (e.g. latin1 or cp1252)", e.Message);
    }

    [Fact]
    public void Yelp_stars_become_polarity_through_a_label_map()
    {
        var map = new Dictionary<string, string?>
        {
            ["Review Stars: 1.0"] = "negative", ["Review Stars: 2.0"] = "negative", ["Review Stars: 3.0"] = null,
            ["Review Stars: 4.0"] = "positive", ["Review Stars: 5.0"] = "positive",
        };
        var spec = new DataSourceSpec(TestPaths.Shared("yelp", "dev.csv"), LabelField: "label2", LabelMap: map);

        var data = DatasetLoader.Load(spec);

        Assert.Equal(["negative", "positive"], data.Labels.Names);
        Assert.Equal(1185, data.Gold!.Count(g => g == 0));
        Assert.Equal(3299, data.Gold!.Count(g => g == 1));
        Assert.Equal(5000 - 1185 - 3299, data.Dropped);
        Assert.Equal(0, data.Skipped);
    }

    [Fact]
    public void Ag_news_joins_title_and_description()
    {
        var map = new Dictionary<string, string?> { ["1"] = "World", ["2"] = "Sports", ["3"] = "Business", ["4"] = "Sci/Tech" };
        var spec = new DataSourceSpec(TestPaths.Shared("agnews", "test.csv"), TextFields: ["title", "description"], LabelField: "label",
            LabelMap: map);

        var data = DatasetLoader.Load(spec);

        Assert.Equal(7600, data.Count);
        Assert.Equal(["title", "description"], data.FieldNames);
        Assert.Equal("Fears for T N pension after talks" + Dataset.FieldSeparator + "Unions representing workers at Turner   Newall say they are 'disappointed' after talks with stricken parent firm Federal Mogul.",
            data.Text(0));
        Assert.Equal(2, data.Gold![0]);
        Assert.All(Enumerable.Range(0, 4), c => Assert.Equal(1900, data.Gold!.Count(g => g == c)));
    }

    [Fact]
    public void Quoted_newlines_keep_real_line_numbers_in_errors()
    {
        using var dir = new TempFolder();
        var path = dir.Write("d.csv", "text,label\n\"two\nlines, quoted\",pos\nplain,neg\n\"say \"\"hi\"\"\",maybe\n");

        var e = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label"), new LabelSet(["neg", "pos"])));

        Assert.Equal(path, e.File);
        Assert.Equal(5, e.Row);
        Assert.Equal("label", e.Field);
        Assert.Contains($"{path}, row 5, field 'label': label 'maybe' is not a class", e.Message);

        var skipped = DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label", SkipBadRows: true), new LabelSet(["neg", "pos"]));
        Assert.Equal(["two\nlines, quoted", "plain"], skipped.Fields[0]);
        Assert.Equal([2, 4], skipped.SourceRows);
        Assert.Equal([1, 0], skipped.Gold!);
        Assert.Equal(1, skipped.Skipped);
    }

    [Fact]
    public void Ragged_row_names_file_and_line()
    {
        using var dir = new TempFolder();
        var path = dir.Write("r.csv", "text,label\na,0\nb,1,extra\nc,1\n");

        var e = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label")));

        Assert.Equal(3, e.Row);
        Assert.Contains("r.csv, row 3: the row has 3 columns; the header has 2", e.Message);
        var skipped = DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label", SkipBadRows: true));
        Assert.Equal((2, 1), (skipped.Count, skipped.Skipped));
        Assert.Equal(["0", "1"], skipped.Labels.Names);
    }

    [Fact]
    public void Missing_text_and_missing_column_name_the_field()
    {
        using var dir = new TempFolder();
        var path = dir.Write("m.tsv", "id\tbody\tlabel\n1\tgood\tpos\n2\t  \tneg\n3\tbad\tneg\n");

        var text = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(path, TextFields: ["body"], LabelField: "label"),
            new LabelSet(["neg", "pos"])));
        Assert.Equal((3L, "body"), (text.Row!.Value, text.Field));
        Assert.Contains("the text is empty", text.Message);

        var column = Assert.Throws<DataFormatException>(() => DatasetLoader.Load(new DataSourceSpec(path, LabelField: "label"), new LabelSet(["neg", "pos"])));
        Assert.Equal("text", column.Field);
        Assert.Contains("no such column; the columns are id, body, label", column.Message);

        var names = Assert.Throws<AlchemistException>(() => DatasetLoader.Load(new DataSourceSpec(path, TextFields: ["body"], LabelField: "label")));
        Assert.Contains("the labels are class names ('pos'), but no label set was given", names.Message);

        var kept = DatasetLoader.Load(new DataSourceSpec(path, TextFields: ["body"], LabelField: "label", IdField: "id", SkipBadRows: true),
            new LabelSet(["neg", "pos"]));
        Assert.Equal(["1", "3"], kept.Ids!);
        Assert.Equal(1, kept.Skipped);
    }

    [Fact]
    public void Reads_windows_1252_and_rejects_unknown_encodings()
    {
        using var dir = new TempFolder();
        var path = dir.PathOf("w.csv");
        // 0x80 is the euro sign in Windows-1252 (a control character in Latin-1); 0x93/0x94 are curly quotes.
        File.WriteAllBytes(path, [.. "text\n"u8, (byte)'5', 0x80, (byte)' ', 0x93, (byte)'x', 0x94, (byte)'\n']);

        var data = DatasetLoader.Load(new DataSourceSpec(path, Encoding: "windows-1252"), new LabelSet(["a", "b"]));

        Assert.Equal("5€ “x”", data.Text(0));
        Assert.Null(data.Gold);
        var e = Assert.Throws<AlchemistException>(() => DatasetLoader.Load(new DataSourceSpec(path, Encoding: "ebcdic"), new LabelSet(["a", "b"])));
        Assert.Contains("Unknown text encoding 'ebcdic'", e.Message);
    }
}
