using System.IO.Compression;
using System.Text;
using System.Threading.Channels;
using AllianceBot.Bot.Hosting;
using AllianceBot.Functions.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace AllianceBot.IntegrationTests.Functions.Hosting;

/// <summary>
/// The worker's telemetry goes to Application Insights when a connection string is set: here the ingestion endpoint
/// is a loopback server standing in for Application Insights, which records what the Azure Monitor exporter posts.
/// </summary>
public sealed class TelemetryExtensionsTests
{
    [Fact]
    public async Task AddAllianceBotTelemetry_WithConnectionString_ExportsAllianceBotOperations()
    {
        await using var ingestion = await IngestionServer.StartAsync();
        using var host = BuildHost(ingestion.ConnectionString);
        await host.StartAsync(TestContext.Current.CancellationToken);

        using (var activity = Telemetry.Source.StartActivity(Telemetry.Digest))
        {
            activity?.SetTag("subscribers", 3);
        }

        Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000), "the exporter did not flush");
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bounded.CancelAfter(TimeSpan.FromSeconds(60)); // a bound on waiting, not an assertion on time
        var body = await ingestion.NextBodyContainingAsync(Telemetry.Digest, bounded.Token);
        Assert.Contains("00000000-0000-0000-0000-0000000000aa", body, StringComparison.Ordinal);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void AddAllianceBotTelemetry_WithoutConnectionString_AddsNoTelemetry()
    {
        using var host = BuildHost(connectionString: null);

        Assert.Null(host.Services.GetService<TracerProvider>());
    }

    private static IHost BuildHost(string? connectionString)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration[TelemetryExtensions.ConnectionStringSetting] = connectionString;
        builder.AddAllianceBotTelemetry(options =>
        {
            options.EnableLiveMetrics = false;
            options.DisableOfflineStorage = true;
            options.TracesPerSecond = null; // sample every trace: the default rate limiter may start with no budget
            options.SamplingRatio = 1.0F;
        });
        return builder.Build();
    }

    /// <summary>A loopback HTTP server that accepts Application Insights track requests and keeps their bodies.</summary>
    private sealed class IngestionServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly Channel<string> _bodies;

        private IngestionServer(WebApplication app, Channel<string> bodies) => (_app, _bodies) = (app, bodies);

        public string ConnectionString { get; private init; } = string.Empty;

        public static async Task<IngestionServer> StartAsync()
        {
            var bodies = Channel.CreateUnbounded<string>();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.Run(async context =>
            {
                var request = context.Request;
                await bodies.Writer.WriteAsync(request.Method + " " + request.Path + "\n" + await ReadBodyAsync(request));
                await context.Response.WriteAsJsonAsync(new { itemsReceived = 1, itemsAccepted = 1, errors = Array.Empty<object>() });
            });
            await app.StartAsync(TestContext.Current.CancellationToken);
            var address = app.Urls.Single().TrimEnd('/');
            return new IngestionServer(app, bodies)
            {
                ConnectionString = $"InstrumentationKey=00000000-0000-0000-0000-0000000000aa;IngestionEndpoint={address}/;LiveEndpoint={address}/",
            };
        }

        public async Task<string> NextBodyContainingAsync(string text, CancellationToken ct)
        {
            var seen = 0;
            try
            {
                await foreach (var body in _bodies.Reader.ReadAllAsync(ct))
                {
                    seen++;
                    if (body.Contains(text, StringComparison.Ordinal))
                    {
                        return body;
                    }
                }
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
            }

            throw new Xunit.Sdk.XunitException($"no telemetry mentioning {text} reached the ingestion endpoint ({seen} other posts)");
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();

        private static async Task<string> ReadBodyAsync(HttpRequest request)
        {
            Stream body = request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(request.Body, CompressionMode.Decompress)
                : request.Body;
            await using (body)
            {
                using var reader = new StreamReader(body, Encoding.UTF8);
                return await reader.ReadToEndAsync();
            }
        }
    }
}
