using AllianceBot.Facts.Extraction;
using AllianceBot.Facts.Model;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Benchmarks.Extraction;

/// <summary>
/// Extraction over one article of about 5,000 words (<see cref="BenchmarkArticle"/>); target: at least 200 articles a
/// second on one core, i.e. a mean under 5 ms. On a loaded machine wall time overstates the cost: the
/// <c>extraction</c> harness also reports CPU time per article.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private FactExtractor extractor = null!;
    private Article article = null!;

    [GlobalSetup]
    public void Setup()
    {
        extractor = new ServiceCollection().AddFactExtraction().BuildServiceProvider().GetRequiredService<FactExtractor>();
        article = BenchmarkArticle.Create();
        Console.WriteLine($"// article: {BenchmarkArticle.Words(article)} words, {extractor.Extract(article).Count} distinct facts");
    }

    [Benchmark]
    public int Extract() => extractor.Extract(article).Count;
}
