using NhacHan.Domain.Plans;
using NhacHan.Domain.Reminders;
using static NhacHan.Domain.Tests.Reminders.ReminderTestData;

namespace NhacHan.Domain.Tests.Reminders;

public sealed class DeadlineKeysTests
{
    [Fact]
    public void Keys_survive_reparsing_the_same_plan_and_fit_in_callback_data()
    {
        var a = Plan35();
        var b = PlanJson.Deserialize(PlanJson.Serialize(a));
        var keyA = DeadlineKeys.For("0123456789abcdef", a.Deadlines[0]);
        Assert.Equal(keyA, DeadlineKeys.For("0123456789abcdef", b.Deadlines[0]));
        Assert.Matches("^0123456789abcdef:[0-9a-f]{12}$", keyA);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount("rm:s:" + DeadlineKeys.Occurrence(keyA, new DateOnly(2024, 1, 25))) <= 64);
        Assert.Equal("0123456789abcdef", DeadlineKeys.PlanIdOf(keyA));
    }

    [Fact]
    public void Different_facts_give_different_keys_but_section_and_quote_do_not_matter()
    {
        var d = Plan35().Deadlines[0];
        var key = DeadlineKeys.For("p", d);
        Assert.NotEqual(key, DeadlineKeys.For("p", d with { Date = d.Date.AddDays(1) }));
        Assert.NotEqual(key, DeadlineKeys.For("p", d with { Kind = DeadlineKind.On }));
        Assert.NotEqual(key, DeadlineKeys.For("p", d with { Who = "Cấp huyện" }));
        Assert.NotEqual(key, DeadlineKeys.For("p", d with { What = "Khác" }));
        Assert.NotEqual(key, DeadlineKeys.For("q", d));
        Assert.Equal(key, DeadlineKeys.For("p", d with { Section = "IV.9", Quote = "khác" }));
        var item = Plan35().Schedule[0];
        Assert.NotEqual(DeadlineKeys.For("p", item), DeadlineKeys.For("p", item with { Period = "Quý II/2024" }));
    }
}
