using AllianceBot.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.Testing;

/// <summary>
/// The real Bot host (the same <see cref="AllianceBotApp"/> that <c>dotnet run --project Bot</c> starts), listening on a free
/// loopback port, against Azurite, in the Development environment unless the settings say otherwise.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private BotHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Starts a host. <paramref name="settings"/> override configuration (e.g. <c>MicrosoftAppId</c>, table names).</summary>
    public static async Task<BotHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        string environment = "Development")
    {
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            // Test output shows warnings and errors only; a test may lower it through its settings.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = AllianceBotApp.Create(["--urls", "http://127.0.0.1:0", "--environment", environment], builder =>
        {
            builder.Configuration.AddInMemoryCollection(all);
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        return new BotHost(app, Loopback.AddressOf(app));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
