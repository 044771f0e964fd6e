using Inventory.Api.Access;

namespace Inventory.Api.Tests.Access;

/// <summary>Tenant ids read like the organization's name.</summary>
public class OrganizationIdTests
{
    [Theory]
    [InlineData("Café Lusitano", "cafe-lusitano")]
    [InlineData("Cafe\u0301 Lusitano", "cafe-lusitano")]
    [InlineData("Acme Roasters", "acme-roasters")]
    [InlineData("Müller & Söhne GmbH", "muller-sohne-gmbh")]
    [InlineData("Straße 42", "strasse-42")]
    [InlineData("  --Łódź  Ørsted--  ", "lodz-orsted")]
    [InlineData("東京", "org")]
    [InlineData("", "org")]
    public void a_name_gives_a_readable_slug(string name, string slug) => OrganizationId.Slug(name).ShouldBe(slug);

    [Fact]
    public void a_long_name_is_cut_at_a_word_boundary_hyphen_and_an_id_adds_a_random_suffix()
    {
        OrganizationId.Slug(new string('a', 39) + " bcd").ShouldBe(new string('a', 39));
        var id = OrganizationId.From("Café Lusitano");
        id.ShouldMatch("^cafe-lusitano-[0-9a-f]{8}$");
        OrganizationId.From("Café Lusitano").ShouldNotBe(id);
    }
}
