using AllianceBot.Facts.Extraction;
using AllianceBot.Facts.Ingestion;
using AllianceBot.Facts.Storage;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Samples;

/// <summary>
/// Ingests every <c>*.txt</c> of <see cref="FactTableOptions.SamplesPath"/> (format: <see cref="ArticleFile"/>: header lines, <c>---</c>, body) when
/// the fact table is empty, so a new user can ask questions right away. A relative path is looked for in the content
/// root and then in each folder above it (so <c>samples/articles</c> is found from <c>Bot/</c> and from the repo root).
/// </summary>
public sealed class SampleArticleLoader(
    ArticleIngestor ingestor, FactTable facts, IOptions<FactTableOptions> options, IHostEnvironment environment,
    ILogger<SampleArticleLoader> logger)
{
    /// <summary>Loads the samples if the fact table is empty; returns how many articles and facts were loaded.</summary>
    public async Task<(int Articles, int Facts)> LoadIfEmptyAsync(CancellationToken ct)
    {
        if (!await facts.IsEmptyAsync(ct))
        {
            logger.LogInformation("The fact table is not empty; sample articles are not loaded");
            return (0, 0);
        }

        if (FindFolder() is not { } folder)
        {
            logger.LogWarning("No sample folder {Path} found from {ContentRoot}", options.Value.SamplesPath, environment.ContentRootPath);
            return (0, 0);
        }

        int articles = 0, count = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var article = await ArticleFile.ReadAsync(file, ct: ct);
            if (string.IsNullOrWhiteSpace(article.Text))
            {
                logger.LogWarning("Sample {File} has no text; skipped", file);
                continue;
            }

            var result = await ingestor.IngestAsync(article, ct);
            articles++;
            count += result.Facts.Count;
        }

        logger.LogInformation("Loaded {Count} sample articles, {Facts} facts", articles, count);
        return (articles, count);
    }

    private string? FindFolder()
    {
        var path = options.Value.SamplesPath;
        if (Path.IsPathRooted(path))
        {
            return Directory.Exists(path) ? path : null;
        }

        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
