using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using AllianceBot.Bot.Answering;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;
using AllianceBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Benchmarks.Answering;

/// <summary>
/// Answering with a large fact table: generates N facts (default 100,000), batch-inserts them into Azurite through the
/// real <see cref="FactTable"/>, starts the real Bot host on that table (its index loads them all), then posts questions
/// to <c>/api/messages</c> from a few concurrent conversations; replies go to a loopback connector. Latency is measured
/// per request from the POST being sent until its response: the endpoint answers only after the turn, including the
/// reply POSTed to the connector, so this bounds "activity received → reply sent" from above.
/// Also times the same questions in process (understanding, search, answer, card; no HTTP) to show where time goes.
/// <c>dotnet run -c Release --project Benchmarks -- answers [facts=100000] [requests=3000] [conversations=4] [table]</c>
/// (with a table name that already holds facts, e.g. in a long-running Azurite given by ALLIANCEBOT_TEST_STORAGE, the insert is skipped).
/// </summary>
public sealed class AnsweringHarness : IHarness
{
    private static readonly string[] Questions =
    [
        "Has Article 5 been invoked?",
        "Which countries requested Article 4 consultations?",
        "Where is Germany sending troops?",
        "Are there troops in Ukraine?",
        "What did Kowal say?",
        "What did Anna Berg say this week?",
        "deployments to Poland in February 2023",
        "How big is the battalion sent to Estonia?",
        "What did Novak say about air defence?",
        "sanctions decided by France last month",
        "latest",
        "what's new since Monday",
        "Is the United States sending fighter jets to Romania?",
        "cyber defence statements in 2024",
        "What is the weather on Mars?",
    ];

    public string Name => "answers";

    public string Description => "questions over 100,000 facts in Azurite through /api/messages: p50/p99 from activity to reply";

    public async Task RunAsync(string[] args, CancellationToken ct)
    {
        var facts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3_000;
        var conversations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
        var table = args.Length > 3 ? args[3] : Azurite.UniqueName("bench");

        await using (var seeding = await BotHost.StartAsync(Settings(table)))
        {
            var store = seeding.Services.GetRequiredService<FactTable>();
            if (await store.IsEmptyAsync(ct))
            {
                await InsertAsync(store, facts, ct);
            }
            else
            {
                Console.WriteLine($"answers: table {table} already holds facts; not inserting");
            }
        }

        await using var connector = await LoopbackConnector.StartAsync();
        var loading = Stopwatch.StartNew();
        await using var bot = await BotHost.StartAsync(Settings(table));
        var index = bot.Services.GetRequiredService<FactIndex>();
        await index.Ready.WaitAsync(TimeSpan.FromMinutes(10), ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"answers: host started and index warm with {index.Count:N0} facts in {loading.Elapsed.TotalSeconds:F1} s; managed heap {GC.GetTotalMemory(true) / (1024 * 1024):N0} MiB"));

        using var client = new HttpClient { BaseAddress = bot.Address };
        await MeasureAsync(client, connector, 200, conversations, ct);
        var latencies = await MeasureAsync(client, connector, requests, conversations, ct);
        Report(latencies, conversations);
        await InProcessAsync(bot.Services, ct);
    }

    /// <summary>Each question answered in process 50 times (understand, search, compose, render): p50/p99 per question.</summary>
    private static async Task InProcessAsync(IServiceProvider services, CancellationToken ct)
    {
        var understanding = services.GetRequiredService<AllianceBot.Bot.Understanding.MessageUnderstanding>();
        var replies = services.GetRequiredService<AllianceBot.Bot.Conversation.IntentReplies>();
        foreach (var question in Questions)
        {
            var times = new long[50];
            for (var i = 0; i < times.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var reply = await replies.ReplyAsync(understanding.UnderstandText(question), ct);
                _ = AllianceBot.Bot.Cards.ReplyRenderer.Render(reply, "msteams");
                times[i] = Stopwatch.GetTimestamp() - started;
            }

            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"answers: in process {question,-55} p50 {times[25] * 1000.0 / Stopwatch.Frequency,7:F2} ms  p99 {times[^1] * 1000.0 / Stopwatch.Frequency,7:F2} ms"));
        }
    }

    private static Dictionary<string, string?> Settings(string table) => new()
    {
        ["Facts:TableName"] = table,
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static async Task InsertAsync(FactTable table, int count, CancellationToken ct)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answers: inserting {count:N0} generated facts into Azurite"));
        var clock = Stopwatch.StartNew();
        var done = 0;
        foreach (var batch in SyntheticFacts.Generate(count).Chunk(1000))
        {
            await table.UpsertFactsAsync(batch, ct);
            done += batch.Length;
            if (done % 10_000 == 0 || done == count)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answers: {done:N0}/{count:N0} facts stored ({clock.Elapsed.TotalSeconds:F0} s)"));
            }
        }
    }

    private static async Task<long[]> MeasureAsync(HttpClient client, LoopbackConnector connector, int requests, int conversations, CancellationToken ct)
    {
        var next = -1;
        var errors = 0;
        var latencies = new long[requests];
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < requests)
            {
                using var content = new StringContent(Activity(connector.ServiceUrl, c, n), Encoding.UTF8, "application/json");
                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync("api/messages", content, ct);
                latencies[n] = Stopwatch.GetTimestamp() - started;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }, ct)));
        if (errors > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answers: {errors} requests failed"));
        }

        return latencies;
    }

    private static string Activity(Uri serviceUrl, int conversation, int n) => string.Create(CultureInfo.InvariantCulture, $$"""
        {"type":"message","id":"q{{n}}","text":"{{Questions[n % Questions.Length]}}","channelId":"{{(n % 3 == 0 ? "slack" : "msteams")}}",
         "serviceUrl":"{{serviceUrl}}","from":{"id":"29:user-{{conversation}}"},"recipient":{"id":"28:bot","name":"AllianceBot"},
         "conversation":{"id":"a:bench-{{conversation}}"},"localTimezone":"Europe/Warsaw"}
        """);

    private static void Report(long[] latencies, int conversations)
    {
        Array.Sort(latencies);
        double Ms(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"answers: {latencies.Length:N0} questions from {conversations} conversations: p50 {Ms(0.50):F2} ms, p90 {Ms(0.90):F2} ms, "
            + $"p99 {Ms(0.99):F2} ms, max {Ms(1):F2} ms (target p99 <= 50 ms: {(Ms(0.99) <= 50 ? "met" : "NOT met")})"));
    }
}
