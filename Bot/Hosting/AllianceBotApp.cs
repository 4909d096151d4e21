using AllianceBot.Facts;

namespace AllianceBot.Bot.Hosting;

/// <summary>
/// The local host of the whole app: bot endpoint, fact API and background jobs, on http://localhost:3978 by default.
/// Tests build it with their own settings and <c>--urls http://127.0.0.1:0</c>.
/// </summary>
public static class AllianceBotApp
{
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddFacts();
        builder.Services.AddAllianceBot();
        builder.Services.AddAllianceBotBackgroundJobs();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapAllianceBot();
        return app;
    }
}
