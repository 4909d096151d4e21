using AllianceBot.Facts.Extraction;
using AllianceBot.Facts.Ingestion;
using AllianceBot.Facts.Storage;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceBot.Facts;

public static class FactsServiceCollectionExtensions
{
    /// <summary>Adds the fact table, the article table, the storage account, the extractor and the ingestor.</summary>
    public static IServiceCollection AddFacts(this IServiceCollection services)
    {
        services.AddOptions<FactTableOptions>().BindConfiguration(FactTableOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => StorageAccount.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => sp.GetRequiredService<StorageAccount>().CreateTableServiceClient());
        services.AddSingleton(sp => sp.GetRequiredService<TableServiceClient>()
            .GetTableClient(sp.GetRequiredService<IOptions<FactTableOptions>>().Value.TableName));
        services.AddSingleton<FactTable>();
        services.AddSingleton(sp => new ArticleTable(sp.GetRequiredService<TableServiceClient>()
            .GetTableClient(sp.GetRequiredService<IOptions<FactTableOptions>>().Value.ArticleTableName)));
        services.AddSingleton<ArticleIngestor>();
        services.AddFactExtraction();
        return services;
    }
}
