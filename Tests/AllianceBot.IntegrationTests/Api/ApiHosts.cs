using System.Net.Http.Json;
using System.Text.Json;
using AllianceBot.Testing;

namespace AllianceBot.IntegrationTests.Api;

/// <summary>Starts the real Bot host with fact and article tables of its own; reads JSON answers.</summary>
internal static class ApiHosts
{
    public static Task<BotHost> StartAsync(string environment = "Development", string? adminKey = null, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Facts:TableName"] = Azurite.UniqueName("facts"),
            ["Facts:ArticleTableName"] = Azurite.UniqueName("articles"),
            ["Api:AdminKey"] = adminKey,
        };
        if (environment != "Development")
        {
            // Outside Development the protocol refuses to start without a bot identity; these tests never call /api/messages.
            settings["MicrosoftAppId"] = "00000000-0000-4000-8000-0000000000a1";
            settings["MicrosoftAppPassword"] = "not-used-by-api-tests";
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return BotHost.StartAsync(settings, environment: environment);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<HttpResponseMessage> PostArticleAsync(HttpClient client, object body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>An article of our own wording, different per <paramref name="tag"/>.</summary>
    public static object TextArticle(string url, string tag = "") => new
    {
        url,
        title = "Ministers meet in Brussels" + tag,
        publisher = "Example Wire",
        published = "2026-03-04",
        text = "Defence ministers of the alliance met in Brussels on Tuesday" + tag + ". "
            + "Poland and Lithuania asked for consultations under Article 4, officials said. "
            + "\"We will defend every inch of allied territory,\" Jana Example, the Secretary General, told reporters.",
    };
}
