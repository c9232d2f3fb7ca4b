using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NhacHan.Bot.Options;
using NhacHan.Bot.Reminders;
using NhacHan.Bot.Telegram;
using NhacHan.Domain.Storage;
using Telegram.Bot;
using static NhacHan.Bot.Tests.Reminders.ReminderHarness;

namespace NhacHan.Bot.Tests.Reminders;

public sealed class ReminderServiceTests
{
    /// <summary>Advances the fake clock a minute at a time, each time waiting for the service to finish the round
    /// that woke it, until <paramref name="done"/> (bounded: 3 hours of fake time, 20 s of real time).</summary>
    private static async Task AdvanceUntil(FakeTimeProvider time, ReminderService service, Func<bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        for (var i = 0; i < 180 && !done() && DateTime.UtcNow < deadline; i++)
        {
            var rounds = service.Rounds;
            time.Advance(TimeSpan.FromMinutes(1));
            while (service.Rounds == rounds && DateTime.UtcNow < deadline) await Task.Delay(2);
        }
    }

    [Fact]
    public async Task The_service_wakes_on_its_own_clock_and_sends_at_0730()
    {
        using var h = new ReminderHarness(now: Local(2024, 1, 22, 20, 0));
        h.Plans.Add(Stored(Plan35()));
        h.AddChat(51);
        await h.Dispatcher.RunOnce(default); // the missed 7-day reminder
        h.Recorder.Sent.Clear();
        h.Time.SetUtcNow(Local(2024, 1, 23, 6, 50));
        using var service = new ReminderService(h.Dispatcher, h.Time, Microsoft.Extensions.Options.Options.Create(new ReminderOptions()), NullLogger<ReminderService>.Instance);
        await service.StartAsync(default);
        var started = DateTime.UtcNow.AddSeconds(5);
        while (service.Rounds == 0 && DateTime.UtcNow < started) await Task.Delay(2);
        await AdvanceUntil(h.Time, service, () => !h.Recorder.Sent.IsEmpty);
        await service.StopAsync(default);

        var (chat, text, _) = Assert.Single(h.Recorder.Sent);
        Assert.Equal(51, chat);
        Assert.StartsWith("🔔 <b>Nhắc hạn — còn 3 ngày</b>", text);
        // Sent within a minute of 07:30 local on 23/01, not during the night.
        Assert.InRange(h.Time.GetUtcNow(), Local(2024, 1, 23, 7, 30), Local(2024, 1, 23, 7, 31));
    }

    [Fact]
    public void AddReminders_registers_a_resolvable_service_set()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Reminders:LeadDays:0"] = "5",
            ["Reminders:SendAt"] = "08:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(config);
        services.AddSingleton(NhacHanDatabase.InMemory());
        services.AddSingleton<IAuditLog, LiteDbAuditLog>();
        services.AddSingleton<IChatStore, LiteDbChatStore>();
        services.AddSingleton<IPlanStore, InMemoryPlanStore>();
        services.AddSingleton<ITelegramBotClient, RecordingBot>();
        services.AddReminders(config);
        using var sp = services.BuildServiceProvider();

        Assert.Equal([5], sp.GetRequiredService<NhacHan.Domain.Reminders.ReminderPlanner>().Settings.LeadDays);
        Assert.Equal(new TimeOnly(8, 0), sp.GetRequiredService<NhacHan.Domain.Reminders.ReminderPlanner>().Settings.SendAt);
        Assert.IsType<TelegramOutbox>(sp.GetRequiredService<ITelegramOutbox>());
        Assert.Contains(sp.GetServices<ICommandHandler>(), c => c.Command == "caidat");
        Assert.Contains(sp.GetServices<ICallbackHandler>(), c => c.Prefix == "rm");
        var hosted = sp.GetServices<IHostedService>().Select(s => s.GetType()).ToArray();
        Assert.Contains(typeof(ReminderService), hosted);
        Assert.Contains(typeof(NewPlanNotifier), hosted);
    }
}
