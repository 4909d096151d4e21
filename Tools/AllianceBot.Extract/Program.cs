using AllianceBot.Extract;
using AllianceBot.Facts.Extraction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// dotnet run --project Tools/AllianceBot.Extract -- [--published yyyy-MM-dd] --out DIR FILE...
// Writes DIR/NAME.facts.json ({"facts":[...]}) for each article FILE; progress goes to stderr.
if (!ExtractOptions.TryParse(args, out var options, out var error))
{
    await Console.Error.WriteLineAsync(error + "\nusage: AllianceBot.Extract [--published yyyy-MM-dd] --out DIR FILE...");
    return 2;
}

await using var services = new ServiceCollection()
    .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true)
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace))
    .AddFactExtraction()
    .AddSingleton<ExtractCommand>()
    .BuildServiceProvider();
return await services.GetRequiredService<ExtractCommand>().RunAsync(options, CancellationToken.None);
