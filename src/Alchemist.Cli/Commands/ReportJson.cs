namespace Alchemist.Cli.Commands;

/// <summary>The <c>--json</c> object of <c>alchemist report</c>: the HTML file written and its size.</summary>
internal sealed record ReportJson(string Report, long Bytes);
