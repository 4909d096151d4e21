using System.Globalization;

namespace AllianceBot.Extract;

/// <summary>The command line: where to write, which files, and the publication date to assume.</summary>
internal sealed record ExtractOptions(string OutDir, IReadOnlyList<string> Files, DateOnly? Published)
{
    public static bool TryParse(string[] args, out ExtractOptions options, out string error)
    {
        string? outDir = null;
        DateOnly? published = null;
        var files = new List<string>();
        options = new ExtractOptions(string.Empty, [], null);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--published" when i + 1 < args.Length:
                    if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        error = $"--published: '{args[i]}' is not a date yyyy-MM-dd";
                        return false;
                    }

                    published = date;
                    break;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        error = outDir is null ? "--out DIR is required" : files.Count == 0 ? "no article FILE given" : string.Empty;
        options = new ExtractOptions(outDir ?? string.Empty, files, published);
        return error.Length == 0;
    }
}
