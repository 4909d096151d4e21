using System.Text.Json;
using AllianceBot.Facts.Extraction;
using AllianceBot.Facts.Model;
using AllianceBot.Testing;

namespace AllianceBot.IntegrationTests.Conversation;

/// <summary>
/// The founding article and its labelled questions, read at test time from <c>../shared</c> beside the repo (never copied
/// into the repo). <see cref="TryLoad"/> gives null when they are absent, so tests can skip with a clear message.
/// </summary>
internal sealed record SeedArticle(Article Article, IReadOnlyList<(string Question, IReadOnlyList<string> MustMention)> Questions)
{
    public const string FileName = "000_7867191ec7162f1f.txt";

    public static string SharedFolder => Path.GetFullPath(Path.Combine(RepoRoot.Find(), "..", "shared"));

    public static async Task<SeedArticle?> TryLoad(CancellationToken ct)
    {
        var text = Path.Combine(SharedFolder, "seeds", FileName);
        var labels = Path.Combine(SharedFolder, "eval", "seed-labels.json");
        if (!File.Exists(text) || !File.Exists(labels))
        {
            return null;
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(labels, ct));
        var seed = json.RootElement.EnumerateArray().First(e => e.GetProperty("file").GetString() == FileName);
        var published = DateOnly.Parse(seed.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var source = seed.GetProperty("source").GetString()!;
        var article = await ArticleFile.ReadAsync(text, published, ct);
        var title = article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim();
        article = article with { Title = title, Publisher = source.Split(',')[0].Trim() };
        var questions = seed.GetProperty("qa").EnumerateArray()
            .Select(q => (q.GetProperty("question").GetString()!,
                (IReadOnlyList<string>)q.GetProperty("answer_must_mention").EnumerateArray().Select(w => w.GetString()!).ToList()))
            .ToList();
        return new SeedArticle(article, questions);
    }
}
