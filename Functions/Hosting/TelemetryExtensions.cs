using AllianceBot.Bot.Hosting;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AllianceBot.Functions.Hosting;

public static class TelemetryExtensions
{
    /// <summary>The setting Application Insights is found by (set by infra/app/function.bicep).</summary>
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Sends the worker's logs, traces (function invocations, outgoing HTTP, the <see cref="Telemetry.Name"/> source)
    /// and metrics to Application Insights through OpenTelemetry, when <see cref="ConnectionStringSetting"/> is set;
    /// without it nothing is added, so local runs and tests export nothing.
    /// </summary>
    public static IHostApplicationBuilder AddAllianceBotTelemetry(
        this IHostApplicationBuilder builder,
        Action<AzureMonitorExporterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration[ConnectionStringSetting];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = connectionString;
                configure?.Invoke(options);
            })
            .WithTracing(tracing => tracing.AddSource(Telemetry.Name).AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(Telemetry.Name).AddHttpClientInstrumentation());
        return builder;
    }
}
