using Inventory.Domain.Figures;
using Inventory.Domain.Portfolio;
using Inventory.Domain.Vocabulary;
using Inventory.Domain.Audit;

namespace Inventory.Domain.Tests.Audit;

public class EventDescriptionTests
{
    private static readonly Guid Segment = Guid.NewGuid(), Relationship = Guid.NewGuid();

    [Fact]
    public void usage_counts_have_thousands_separators_and_a_single_customer_is_not_plural() =>
        EventDescription.Of(new UsageRecorded(Segment, Relationship, YearMonth.Parse("2026-10"), 8922, 1)).Summary
            .ShouldBe("Usage 2026-10: 8,922 interactions, 1 customer reached");

    [Fact]
    public void a_cost_revision_writes_its_amounts_with_separators_and_at_least_two_decimals() =>
        EventDescription.Of(new CostRevised(Segment, Relationship, 1234567.5m, 0.1447m, new DateOnly(2026, 1, 1), "")).Summary
            .ShouldBe("Cost revised to 1,234,567.50/month + 0.1447 per interaction");

    [Fact]
    public void one_survey_response_is_one_response() =>
        EventDescription.Of(new SatisfactionRecorded(Segment, Relationship, YearMonth.Parse("2026-10"), 82.5m, 1)).Summary
            .ShouldBe("Satisfaction 2026-10: 82.5 from 1 response");

    [Fact]
    public void an_establishment_names_its_currency() =>
        EventDescription.Of(new RelationshipEstablished(Segment, Relationship, RelationshipType.SelfService, "Web shop", [], [], [],
                Horizon.LongTerm, null, null, 2100m, 0.05m, "EUR", new DateOnly(2026, 1, 1))).Summary
            .ShouldBe("Established selfService 'Web shop' at 2,100.00 EUR/month + 0.05 per interaction");
}
