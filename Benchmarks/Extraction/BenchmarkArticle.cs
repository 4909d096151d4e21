using System.Text;
using AllianceBot.Facts.Extraction;
using AllianceBot.Facts.Model;
using AllianceBot.Testing;

namespace AllianceBot.Benchmarks.Extraction;

/// <summary>An article of about 5,000 words, composed from the paragraphs of the unit tests' fixture articles in turn.</summary>
internal static class BenchmarkArticle
{
    public const int TargetWords = 5_000;

    public static Article Create()
    {
        var fixtures = Path.Combine(RepoRoot.Find(), "Tests", "AllianceBot.Tests", "Facts", "Extraction", "Fixtures");
        var paragraphs = Directory.GetFiles(fixtures, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => ArticleFile.Parse(File.ReadAllText(f), f).Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var text = new StringBuilder();
        var words = 0;
        for (var i = 0; words < TargetWords; i++)
        {
            var paragraph = paragraphs[i % paragraphs.Count].Trim();
            text.Append(paragraph).Append("\n\n");
            words += paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return new Article("https://example.org/benchmark", "Benchmark", "Example Wire", new DateOnly(2024, 5, 16), text.ToString());
    }

    public static int Words(Article article) => article.Text.Split(' ', '\n').Count(w => w.Length > 0);
}
