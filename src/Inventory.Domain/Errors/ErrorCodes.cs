using System.Reflection;

namespace Inventory.Domain.Errors;

/// <summary>
/// The stable machine codes of every problem the product answers: a problem document's <c>code</c>, a field's entry in
/// <c>errorCodes</c>, an import row's <c>code</c>. Clients (and the pages) translate by code, never by parsing the English
/// detail, so a code never changes its meaning once published; a new rule gets a new code. Each has an <c>error.&lt;code&gt;</c>
/// text in every language file.
/// </summary>
public static class ErrorCodes
{
    // The request as a whole
    /// <summary>A parameter, field or header is missing or not valid; each is named in errors and errorCodes.</summary>
    public const string ValidationFailed = "validation-failed";
    /// <summary>The body is not well-formed JSON, or a field has a value of the wrong type.</summary>
    public const string InvalidJson = "invalid-json";
    /// <summary>No valid API key (or session) was sent.</summary>
    public const string Unauthenticated = "unauthenticated";
    /// <summary>The key's role may not do this (or a signed-in page's change lacks X-Requested-With).</summary>
    public const string Forbidden = "forbidden";
    /// <summary>A sign-in form posted from another site.</summary>
    public const string CrossSiteRefused = "cross-site-refused";
    /// <summary>A key sent in both Authorization and X-Api-Key.</summary>
    public const string AmbiguousCredentials = "ambiguous-credentials";
    /// <summary>Nothing with this id in the caller's organization, or nothing at this address.</summary>
    public const string NotFound = "not-found";
    /// <summary>The segment has no relationship with this id.</summary>
    public const string RelationshipNotFound = "relationship-not-found";
    /// <summary>The address does not take this method.</summary>
    public const string MethodNotAllowed = "method-not-allowed";
    /// <summary>The Accept header excludes the only type the answer comes in.</summary>
    public const string NotAcceptable = "not-acceptable";
    /// <summary>Another change was saved at the same moment; retry.</summary>
    public const string ConcurrentChange = "concurrent-change";
    /// <summary>The stream moved on since the version named in If-Match.</summary>
    public const string VersionMismatch = "version-mismatch";
    /// <summary>The body is larger than the configured limit.</summary>
    public const string PayloadTooLarge = "payload-too-large";
    /// <summary>The body is not of a type this address takes.</summary>
    public const string UnsupportedMediaType = "unsupported-media-type";
    /// <summary>Too many failed key attempts from this address.</summary>
    public const string TooManyAttempts = "too-many-attempts";
    /// <summary>Too many requests for this key.</summary>
    public const string TooManyRequests = "too-many-requests";
    /// <summary>The Idempotency-Key was already used for a different request.</summary>
    public const string IdempotencyKeyReused = "idempotency-key-reused";
    /// <summary>An import file has bad rows; nothing was recorded (each row has its own code).</summary>
    public const string ImportRejected = "import-rejected";
    /// <summary>The last admin key of an organization can't be revoked.</summary>
    public const string LastAdminKey = "last-admin-key";
    /// <summary>A total of the figures involved would exceed what is counted exactly.</summary>
    public const string TotalTooLarge = "total-too-large";
    /// <summary>Refused for a reason without a code of its own (the status says which).</summary>
    public const string RequestRefused = "request-refused";
    /// <summary>An error on the server's side; the correlation id finds it in the log.</summary>
    public const string InternalError = "internal-error";

    // A field's value
    /// <summary>The field is required.</summary>
    public const string Required = "required";
    /// <summary>The value has the wrong type or format.</summary>
    public const string WrongType = "wrong-type";
    /// <summary>The value is not one of the field's vocabulary.</summary>
    public const string NotInVocabulary = "not-in-vocabulary";
    /// <summary>Not a date written YYYY-MM-DD.</summary>
    public const string InvalidDate = "invalid-date";
    /// <summary>Not a month written YYYY-MM.</summary>
    public const string InvalidMonth = "invalid-month";
    /// <summary>Not a quarter written YYYY-Qn.</summary>
    public const string InvalidQuarter = "invalid-quarter";
    /// <summary>Not an ISO 8601 instant.</summary>
    public const string InvalidInstant = "invalid-instant";
    /// <summary>Not an id.</summary>
    public const string InvalidId = "invalid-id";
    /// <summary>Not a number (with . for decimals).</summary>
    public const string InvalidNumber = "invalid-number";
    /// <summary>A date, month, quarter or instant outside 1900-01-01 to 2200-12-31.</summary>
    public const string DateOutOfRange = "date-out-of-range";
    /// <summary>Text with a NUL character, which can't be stored.</summary>
    public const string UnstorableText = "unstorable-text";
    /// <summary>Text longer than allowed.</summary>
    public const string TooLong = "too-long";
    /// <summary>A count or amount below zero.</summary>
    public const string Negative = "negative";
    /// <summary>A value below its minimum.</summary>
    public const string BelowMinimum = "below-minimum";
    /// <summary>A value above its maximum.</summary>
    public const string AboveMaximum = "above-maximum";
    /// <summary>A value outside its range.</summary>
    public const string OutOfRange = "out-of-range";
    /// <summary>A range whose start (from) is after its end (to).</summary>
    public const string FromAfterTo = "from-after-to";
    /// <summary>A range longer than a report covers at once.</summary>
    public const string RangeTooLong = "range-too-long";
    /// <summary>A header with a value it can't have (If-Match, Idempotency-Key).</summary>
    public const string InvalidHeader = "invalid-header";
    /// <summary>The body must be a JSON object.</summary>
    public const string NotAnObject = "not-an-object";
    /// <summary>An import file's header row lacks a column.</summary>
    public const string MissingColumn = "missing-column";
    /// <summary>An import row has more fields than the header.</summary>
    public const string ExtraFields = "extra-fields";
    /// <summary>An import file without a header row.</summary>
    public const string EmptyFile = "empty-file";

    // Rules of the portfolio and its reviews
    /// <summary>A usage or satisfaction figure for a month that has not begun.</summary>
    public const string NotYetBegun = "not-yet-begun";
    /// <summary>A month wholly outside the relationship's active period.</summary>
    public const string MonthOutsideActivePeriod = "month-outside-active-period";
    /// <summary>A change dated before the segment was defined.</summary>
    public const string BeforeSegmentDefined = "before-segment-defined";
    /// <summary>An outcome for a month that ends before the segment was defined.</summary>
    public const string MonthBeforeSegmentDefined = "month-before-segment-defined";
    /// <summary>A change dated before the relationship was established.</summary>
    public const string BeforeRelationshipEstablished = "before-relationship-established";
    /// <summary>A reinstatement dated before the segment was discontinued.</summary>
    public const string BeforeSegmentDiscontinued = "before-segment-discontinued";
    /// <summary>A change to a relationship on or after its retirement.</summary>
    public const string RetiredRelationship = "retired-relationship";
    /// <summary>The relationship is already retired.</summary>
    public const string AlreadyRetired = "already-retired";
    /// <summary>A new relationship in a discontinued segment.</summary>
    public const string SegmentDiscontinued = "segment-discontinued";
    /// <summary>The segment is already discontinued.</summary>
    public const string AlreadyDiscontinued = "already-discontinued";
    /// <summary>Reinstating a segment that is not discontinued.</summary>
    public const string NotDiscontinued = "not-discontinued";
    /// <summary>A relationship with this id already exists.</summary>
    public const string RelationshipExists = "relationship-exists";
    /// <summary>An amount in a currency other than the organization's.</summary>
    public const string WrongCurrency = "wrong-currency";
    /// <summary>A third-party relationship without the provider that runs it.</summary>
    public const string ProviderRequired = "provider-required";
    /// <summary>An adjustment that names nothing to adjust.</summary>
    public const string NothingToAdjust = "nothing-to-adjust";
    /// <summary>Withdrawing an expectation the segment does not have on that date.</summary>
    public const string NotExpected = "not-expected";
    /// <summary>The review of this quarter already exists.</summary>
    public const string ReviewExists = "review-exists";
    /// <summary>The review is closed; its pack is final.</summary>
    public const string ReviewClosed = "review-closed";
    /// <summary>The organization has no segment with this id.</summary>
    public const string UnknownSegment = "unknown-segment";
    /// <summary>An expand, keep, reduce or retire decision without the relationship it is about.</summary>
    public const string DecisionNeedsRelationship = "decision-needs-relationship";
    /// <summary>An introduce decision without the relationship type to introduce.</summary>
    public const string DecisionNeedsType = "decision-needs-type";
    /// <summary>The review has no decision with this id.</summary>
    public const string UnknownDecision = "unknown-decision";
    /// <summary>The decision was already applied.</summary>
    public const string DecisionApplied = "decision-applied";
    /// <summary>A keep decision changes nothing in the portfolio, so there is nothing to apply.</summary>
    public const string KeepChangesNothing = "keep-changes-nothing";

    /// <summary>Every code, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToArray();
}
