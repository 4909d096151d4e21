using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Testing;

/// <summary>
/// A real HTTP server on loopback that plays the Bot Connector service (<c>/v3/conversations/…</c>): it records every call
/// and answers 201 with an id, unless <see cref="Respond"/> says otherwise (fault injection: 429 with Retry-After, 5xx, 403, 404).
/// Use <see cref="ServiceUrl"/> as the activities' <c>serviceUrl</c>.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Channel<ConnectorCall> calls = Channel.CreateUnbounded<ConnectorCall>();
    private int sequence;
    private int callCount;

    private LoopbackConnector(WebApplication app) => this.app = app;

    /// <summary>The service URL to put on activities, ending in a slash.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>All calls received so far, in order.</summary>
    public ConcurrentQueue<ConnectorCall> Received { get; } = new();

    /// <summary>
    /// Decides the answer to a call: return null for the default (201 <c>{"id":…}</c>), or a response to send instead.
    /// Called concurrently; keep it thread-safe.
    /// </summary>
    public Func<ConnectorCall, ConnectorResponse?> Respond { get; set; } = _ => null;

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = Loopback.CreateBuilder();
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.Map("/v3/conversations/{**rest}", connector.HandleAsync);
        app.MapPost("/v3/conversations", connector.HandleAsync);
        await app.StartAsync();
        connector.ServiceUrl = Loopback.AddressOf(app);
        return connector;
    }

    /// <summary>Waits for the next call (of any kind), failing after <paramref name="timeout"/> (default 10 s).</summary>
    public async Task<ConnectorCall> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await calls.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Waits until <paramref name="count"/> activities were accepted (answered 2xx) or the timeout passes; returns them.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForAcceptedAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            var accepted = Received.Where(c => c.Status is >= 200 and < 300).ToList();
            if (accepted.Count >= count)
            {
                return accepted;
            }

            await Task.Delay(25);
        }

        return Received.Where(c => c.Status is >= 200 and < 300).ToList();
    }

    /// <summary>
    /// False for load tests: calls are only counted (<see cref="CallCount"/>), not parsed or kept, and answered 201
    /// without consulting <see cref="Respond"/>. Default true.
    /// </summary>
    public bool RecordCalls { get; set; } = true;

    /// <summary>How many calls arrived (recorded or not).</summary>
    public int CallCount => Volatile.Read(ref callCount);

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref callCount);
        if (!RecordCalls)
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"id\":\"activity\"}", context.RequestAborted);
            return;
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var call = new ConnectorCall(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.Headers.Authorization.ToString(),
            body.Length == 0 ? null : JsonDocument.Parse(body).RootElement.Clone())
        {
            RawPath = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
        };
        var response = Respond(call);
        var status = response?.Status ?? (call.Method == "DELETE" ? 200 : 201);
        call = call with { Status = status };
        Received.Enqueue(call);
        await calls.Writer.WriteAsync(call);

        context.Response.StatusCode = status;
        if (response?.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var json = response?.Body ?? (status is >= 200 and < 300
            ? JsonSerializer.Serialize(new { id = $"activity-{Interlocked.Increment(ref sequence)}" })
            : null);
        if (json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json, context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One call the loopback connector received, and the status it answered.</summary>
public sealed record ConnectorCall(string Method, string Path, string Authorization, JsonElement? Body, int Status = 0)
{
    /// <summary>The request target as sent (still URL-encoded), e.g. <c>/v3/conversations/a%3A1/activities</c>.</summary>
    public string RawPath { get; init; } = Path;

    /// <summary>The activity's <c>text</c>, when the body is an activity with text.</summary>
    public string? Text => Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("text", out var t) ? t.GetString() : null;
}

/// <summary>A scripted answer of the loopback connector.</summary>
public sealed record ConnectorResponse(int Status, TimeSpan? RetryAfter = null, string? Body = null);
