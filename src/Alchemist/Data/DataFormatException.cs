namespace Alchemist.Data;

/// <summary>Bad input data: the message names the file, the row (1-based line or record) and the field.</summary>
public sealed class DataFormatException : AlchemistException
{
    /// <summary>Creates the error; the message is composed as "FILE, row ROW, field FIELD: PROBLEM".</summary>
    public DataFormatException(string file, long? row, string? field, string problem, Exception? inner = null)
        : base(Compose(file, row, field, problem), inner)
    {
        File = file;
        Row = row;
        Field = field;
        Problem = problem;
    }

    /// <summary>The file that holds the bad data.</summary>
    public string File { get; }

    /// <summary>1-based line or record number, when known.</summary>
    public long? Row { get; }

    /// <summary>The field (column, JSON property) at fault, when known.</summary>
    public string? Field { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Compose(string file, long? row, string? field, string problem)
    {
        var where = file;
        if (row is not null) where += $", row {row}";
        if (field is not null) where += $", field '{field}'";
        // One line of bounded length whatever the problem quotes (a parser's message can carry a whole 5 MB row).
        return $"{where}: {Excerpt.Of(problem, 500)}";
    }
}
