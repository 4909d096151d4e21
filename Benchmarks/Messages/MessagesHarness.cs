using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AllianceBot.Testing;

namespace AllianceBot.Benchmarks.Messages;

/// <summary>
/// Load on <c>/api/messages</c> with authentication on: N concurrent conversations each post a message with a channel
/// token signed by the loopback issuer; the bot validates it and replies to a loopback connector.
/// <c>dotnet run -c Release --project Benchmarks -- messages [seconds=20] [conversations=64]</c>
/// </summary>
public sealed class MessagesHarness : IHarness
{
    private const string AppId = "be4c4000-0000-4000-8000-000000000064";

    public string Name => "messages";

    public string Description => "POST /api/messages with auth on, replies to a loopback connector: requests/s, p50/p99 latency";

    public async Task RunAsync(string[] args, CancellationToken ct)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var conversations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 64;
        // Optional offered load (requests/s over all conversations): each conversation sends on a fixed schedule and
        // latency counts from the scheduled start, so a stall is not hidden by sending less (no coordinated omission).
        // Without it every conversation sends back to back: the highest rate the machine reaches.
        var rate = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 0;
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var connector = await LoopbackConnector.StartAsync();
        connector.RecordCalls = false; // count only: parsing and keeping 100k bodies would load the machine being measured
        var settings = issuer.Settings(AppId);
        settings["Logging:LogLevel:Default"] = "Warning";
        await using var bot = await BotHost.StartAsync(settings, s => issuer.AddConnectorCredential(s));
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = conversations * 2 }) { BaseAddress = bot.Address };
        var workers = Enumerable.Range(0, conversations)
            .Select(i => new Conversation(i, issuer.CreateChannelToken(AppId, connector.ServiceUrl.AbsoluteUri), connector.ServiceUrl, rate / conversations))
            .ToList();

        Console.WriteLine(rate > 0
            ? $"messages: warming up, then {seconds} s with {conversations} concurrent conversations offering {rate} requests/s, auth on"
            : $"messages: warming up, then {seconds} s with {conversations} concurrent conversations sending back to back, auth on");
        await RunPhaseAsync(client, workers, TimeSpan.FromSeconds(3), ct);
        var replies = connector.CallCount;
        var result = await RunPhaseAsync(client, workers, TimeSpan.FromSeconds(seconds), ct);
        var repliesDuring = connector.CallCount - replies;
        Report(result, repliesDuring);
    }

    private static async Task<PhaseResult> RunPhaseAsync(HttpClient client, List<Conversation> workers, TimeSpan duration, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(duration);
        var clock = Stopwatch.StartNew();
        var runs = await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunAsync(client, stop.Token), CancellationToken.None)));
        clock.Stop();
        var latencies = runs.SelectMany(r => r.Latencies).Order().ToArray();
        return new PhaseResult(latencies, runs.Sum(r => r.Errors), clock.Elapsed);
    }

    private static void Report(PhaseResult result, int replies)
    {
        var count = result.Latencies.Length;
        double Percentile(double p) => count == 0 ? double.NaN : result.Latencies[Math.Min(count - 1, (int)Math.Ceiling(p * count) - 1)] * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"messages: {count} requests in {result.Elapsed.TotalSeconds:F1} s = {count / result.Elapsed.TotalSeconds:F0} requests/s; "
            + $"latency p50 {Percentile(0.50):F2} ms, p99 {Percentile(0.99):F2} ms, p99.9 {Percentile(0.999):F2} ms, max {Percentile(1):F2} ms; "
            + $"errors {result.Errors}; replies at the connector {replies}"));
    }

    private sealed record PhaseResult(long[] Latencies, int Errors, TimeSpan Elapsed);

    private sealed record WorkerResult(List<long> Latencies, int Errors);

    private sealed class Conversation(int index, string token, Uri serviceUrl, double ratePerSecond)
    {
        private int sequence;

        public async Task<WorkerResult> RunAsync(HttpClient client, CancellationToken stop)
        {
            var latencies = new List<long>(64 * 1024);
            var errors = 0;
            var interval = ratePerSecond > 0 ? (long)(Stopwatch.Frequency / ratePerSecond) : 0;
            var next = Stopwatch.GetTimestamp() + (interval == 0 ? 0 : Random.Shared.NextInt64(interval));
            while (!stop.IsCancellationRequested)
            {
                var started = interval == 0 ? Stopwatch.GetTimestamp() : next;
                if (interval > 0)
                {
                    next += interval;
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), started);
                    if (wait > TimeSpan.Zero)
                    {
                        try { await Task.Delay(wait, stop); } catch (OperationCanceledException) { break; }
                    }
                }

                try
                {
                    using var request = Request();
                    using var response = await client.SendAsync(request, CancellationToken.None);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        errors++;
                    }
                }
                catch (HttpRequestException)
                {
                    errors++;
                }

                latencies.Add(Stopwatch.GetTimestamp() - started);
            }

            return new WorkerResult(latencies, errors);
        }

        private HttpRequestMessage Request()
        {
            var n = Interlocked.Increment(ref sequence);
            var json = string.Create(CultureInfo.InvariantCulture, $$"""
                {"type":"message","id":"m{{n}}","text":"what did Poland say about Article 4?","channelId":"msteams",
                 "serviceUrl":"{{serviceUrl}}","timestamp":"2026-11-25T10:34:56.949Z","locale":"en-US",
                 "from":{"id":"29:user-{{index}}","name":"User {{index}}"},"recipient":{"id":"28:{{AppId}}","name":"AllianceBot"},
                 "conversation":{"id":"a:conversation-{{index}}","conversationType":"personal","tenantId":"t-1"},
                 "channelData":{"tenant":{"id":"t-1"} },"entities":[{"type":"clientInfo","locale":"en-US"}] }
                """);
            var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }
    }
}
