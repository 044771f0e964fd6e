using Inventory.Domain.Vocabulary;

namespace Inventory.Api.OpenApi;

/// <summary>
/// The server refuses the request without this field or query value (a 400 naming it): the document lists it as required
/// and not null. Request records keep such fields nullable so that a missing value gets the named 400, not a 500.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class RequiredFieldAttribute : Attribute;

/// <summary>The field (or each element of a list field) takes one of these names; anything else is a 400 naming the field.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public class OneOfAttribute(params string[] values) : Attribute
{
    public IReadOnlyList<string> Values { get; } = values;
}

/// <summary>The field takes a name of the vocabulary <typeparamref name="T"/>, as the API spells it (camelCase).</summary>
public sealed class VocabularyAttribute<T>() : OneOfAttribute(Names.All<T>().ToArray()) where T : struct, Enum;

/// <summary>
/// The endpoint reads its body itself (not JSON bound by Wolverine) in this content type; the document describes it as a
/// string. Unlike <c>[Consumes]</c>, it does not make routing refuse other content types: the endpoint answers them.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequestContentAttribute(string contentType) : Attribute
{
    public string ContentType { get; } = contentType;
}
