using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NhacHan.Domain.Answers;
using NhacHan.Domain.Importing;
using NhacHan.Domain.Storage;

namespace NhacHan.Bot.Hosting;

/// <summary>Registers the domain: the LiteDB file and the stores over it, the importer, the search index and
/// the conversation engine (all singletons), the clock.</summary>
public static class DomainServices
{
    public static IServiceCollection AddNhacHanDomain(this IServiceCollection services, string dbPath)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => NhacHanDatabase.Open(dbPath));
        services.AddSingleton<IAuditLog, LiteDbAuditLog>();
        services.AddSingleton<IChatStore, LiteDbChatStore>();
        services.AddSingleton<IPlanStore>(sp => new LiteDbPlanStore(
            sp.GetRequiredService<NhacHanDatabase>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IAuditLog>()));
        services.AddSingleton<PlanImporter>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<IConversationEngine>(sp => new ConversationEngine(
            sp.GetRequiredService<SearchIndex>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
