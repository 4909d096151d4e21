using System.Text.Json;
using AllianceBot.Facts.Extraction;
using AllianceBot.Facts.Model;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Extract;

/// <summary>Extracts the facts of each file and writes them as <c>NAME.facts.json</c>.</summary>
internal sealed class ExtractCommand(FactExtractor extractor, ILogger<ExtractCommand> logger)
{
    public async Task<int> RunAsync(ExtractOptions options, CancellationToken ct)
    {
        Directory.CreateDirectory(options.OutDir);
        var failed = 0;
        foreach (var file in options.Files)
        {
            if (!File.Exists(file))
            {
                logger.LogError("No such file {File}", file);
                failed++;
                continue;
            }

            var article = await ArticleFile.ReadAsync(file, options.Published, ct);
            var facts = extractor.Extract(article);
            var target = Path.Combine(options.OutDir, Path.GetFileName(file) + ".facts.json");
            await using var stream = File.Create(target);
            await JsonSerializer.SerializeAsync(stream, new FactFile(facts), FactJson.Options, ct);
            logger.LogInformation("{File}: {Count} facts -> {Target}", file, facts.Count, target);
        }

        return failed == 0 ? 0 : 1;
    }

    private sealed record FactFile(IReadOnlyList<Fact> Facts);
}
