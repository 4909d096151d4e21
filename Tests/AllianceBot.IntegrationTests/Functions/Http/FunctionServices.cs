using AllianceBot.Bot.Api;
using AllianceBot.Facts;
using AllianceBot.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace AllianceBot.IntegrationTests.Functions.Http;

/// <summary>
/// The services the Functions host registers for the fact API (<c>AddFacts</c>, <c>AddFactsApi</c>), against Azurite, in
/// the Production environment with no admin key: the functions must not need one (the runtime checks the function key).
/// </summary>
internal static class FunctionServices
{
    public static ServiceProvider Create(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            ["Facts:TableName"] = Azurite.UniqueName("facts"),
            ["Facts:ArticleTableName"] = Azurite.UniqueName("articles"),
            ["Feeds:TableName"] = Azurite.UniqueName("feeditems"),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        services.AddLogging();
        services.AddFacts();
        services.AddFactsApi();
        return services.BuildServiceProvider();
    }

    public static DefaultHttpContext Request(IServiceProvider services, string method, string path, string? query = null, string? body = null)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        if (body is not null)
        {
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
        }

        context.Response.Body = new MemoryStream();
        return context;
    }

    public static string ResponseText(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return new StreamReader(context.Response.Body).ReadToEnd();
    }
}
