using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 that serves what a test puts in <see cref="Routes"/> (path → answer, changeable at any
/// time) and counts the requests of each path; unknown paths get 404. For feeds, news pages and other web content.
/// </summary>
public sealed class LoopbackWebServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackWebServer(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>What to answer on each path (e.g. <c>/feed.xml</c>).</summary>
    public ConcurrentDictionary<string, WebAnswer> Routes { get; } = new(StringComparer.Ordinal);

    /// <summary>How many requests each path received.</summary>
    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    public Uri Url(string path) => new(Address, path.TrimStart('/'));

    public int HitsOf(string path) => Hits.GetValueOrDefault(path);

    public static async Task<LoopbackWebServer> StartAsync()
    {
        var builder = Loopback.CreateBuilder();
        var app = builder.Build();
        var server = new LoopbackWebServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Address = Loopback.AddressOf(app);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (!Routes.TryGetValue(path, out var answer))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One scripted answer of <see cref="LoopbackWebServer"/>.</summary>
public sealed record WebAnswer(string Body, string ContentType = "text/html; charset=utf-8", int Status = 200);
