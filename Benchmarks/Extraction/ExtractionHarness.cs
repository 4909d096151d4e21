using System.Diagnostics;
using AllianceBot.Facts.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Benchmarks.Extraction;

/// <summary>
/// <c>dotnet run -c Release --project Benchmarks -- extraction [SECONDS]</c>: extracts the 5,000-word benchmark
/// article on one thread for a while and prints articles per second by wall time and by this process's CPU time
/// (which other load on the machine does not inflate).
/// </summary>
public sealed class ExtractionHarness : IHarness
{
    public string Name => "extraction";

    public string Description => "articles/s of fact extraction over a 5,000-word article (wall and CPU time)";

    public Task RunAsync(string[] args, CancellationToken ct)
    {
        var seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 10;
        var extractor = new ServiceCollection().AddFactExtraction().BuildServiceProvider().GetRequiredService<FactExtractor>();
        var article = BenchmarkArticle.Create();
        for (var i = 0; i < 50; i++)
        {
            extractor.Extract(article); // warm up (tiered JIT)
        }

        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var count = 0;
        while (wall.Elapsed.TotalSeconds < seconds && !ct.IsCancellationRequested)
        {
            extractor.Extract(article);
            count++;
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"article: {BenchmarkArticle.Words(article)} words; {count} extractions in {wall.Elapsed.TotalSeconds:F1} s wall, {cpu:F1} s CPU");
        Console.WriteLine($"wall: {count / wall.Elapsed.TotalSeconds:F0} articles/s ({wall.Elapsed.TotalMilliseconds / count:F2} ms each)");
        Console.WriteLine($"CPU:  {count / cpu:F0} articles/s ({cpu * 1000 / count:F2} ms each, all threads of the process incl. GC)");
        return Task.CompletedTask;
    }
}
