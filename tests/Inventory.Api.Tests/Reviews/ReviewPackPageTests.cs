using Inventory.Api.Reviews;

namespace Inventory.Api.Tests.Reviews;

public class ReviewPackPageTests
{
    [Theory]
    [InlineData("2025-Q4 Corporate fleets gap score", "2025-Q4 Corporate fleets gap score")]
    [InlineData("2025-Q4 selfService cost per interaction", "2025-Q4 self-service cost per interaction")]
    [InlineData("2026-Q1 Sport riders dedicatedPersonalAssistance cost", "2026-Q1 Sport riders dedicated personal assistance cost")]
    [InlineData("2026-Q1 Sport riders relationship cost", "2026-Q1 Sport riders relationship cost")]
    [InlineData("2026-Q1 Sport riders acquisition cost per new customer", "2026-Q1 Sport riders acquisition cost per new customer")]
    [InlineData("2026-Q1 Corporate fleets objective alignment", "2026-Q1 Corporate fleets share of cost serving the objective")]
    [InlineData("2026-Q1 revenue", "2026-Q1 revenue")]
    public void a_restated_figure_is_named_with_its_types_in_words_and_its_quarter_and_segment_as_written(string figure, string shown) =>
        ReviewPackPage.FigureName(figure).ShouldBe(shown);
}
