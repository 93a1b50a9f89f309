namespace NewsGraph.Sparql.Evaluation.Values;

/// <summary>
/// SPARQL's value semantics for terms: effective boolean value (§17.2.2), equality and order of
/// values (§17.3), and the total order ORDER BY uses (§15.1). Errors are null.
/// </summary>
internal static class TermValues
{
    public static readonly Literal True = Literal.Typed("true", Vocab.Xsd.Boolean);
    public static readonly Literal False = Literal.Typed("false", Vocab.Xsd.Boolean);

    public static Literal Boolean(bool value) => value ? True : False;

    public static bool IsStringLiteral(Term t) => t is Literal l && (l.IsSimple || l.Language is not null);

    public static bool? EffectiveBooleanValue(Term? term)
    {
        if (term is not Literal l)
        {
            return null;
        }

        if (l.Datatype.Equals(Vocab.Xsd.Boolean))
        {
            return l.Lexical switch
            {
                "true" or "1" => true,
                "false" or "0" => false,
                _ => false,
            };
        }

        if (l.IsSimple)
        {
            return l.Lexical.Length > 0;
        }

        if (Numeric.IsNumericDatatype(l.Datatype))
        {
            return Numeric.TryParse(l, out var n) && !n.IsZero && !n.IsNaN;
        }

        return null;
    }

    /// <summary>The '=' operator: true, false, or null for a type error.</summary>
    public static bool? ValueEquals(Term a, Term b)
    {
        if (a is Literal la && b is Literal lb)
        {
            if (Numeric.TryParse(la, out var na) && Numeric.TryParse(lb, out var nb))
            {
                return na.NumericallyEquals(nb);
            }

            if (la.IsSimple && lb.IsSimple)
            {
                return la.Lexical == lb.Lexical;
            }

            if (IsBoolean(la, out var ba) && IsBoolean(lb, out var bb))
            {
                return ba == bb;
            }

            if (XsdDateTime.TryParse(la, out var da) && XsdDateTime.TryParse(lb, out var db) && da.DateOnly == db.DateOnly)
            {
                var c = da.CompareTo(db);
                return c is null ? null : c == 0;
            }

            if (a.Equals(b))
            {
                return true;
            }

            // A language-tagged string and any other literal lie in different value spaces.
            if ((la.Language is null) != (lb.Language is null))
            {
                return false;
            }

            // Two literals of types SPARQL knows, with valid values that differ: unequal. Otherwise the answer is unknown.
            if (IsValidKnownValue(la) && IsValidKnownValue(lb))
            {
                return false;
            }

            return null;
        }

        return a.Equals(b);
    }

    /// <summary>The '&lt;' family: the sign of the comparison, or null when the operands are not comparable.</summary>
    public static int? Compare(Term a, Term b)
    {
        if (a is not Literal la || b is not Literal lb)
        {
            return null;
        }

        if (Numeric.TryParse(la, out var na) && Numeric.TryParse(lb, out var nb))
        {
            if (na.IsNaN || nb.IsNaN)
            {
                return null;
            }

            return na.CompareTo(nb);
        }

        if (la.IsSimple && lb.IsSimple)
        {
            return Math.Sign(string.CompareOrdinal(la.Lexical, lb.Lexical));
        }

        if (IsBoolean(la, out var ba) && IsBoolean(lb, out var bb))
        {
            return ba.CompareTo(bb);
        }

        if (XsdDateTime.TryParse(la, out var da) && XsdDateTime.TryParse(lb, out var db) && da.DateOnly == db.DateOnly)
        {
            return da.CompareTo(db);
        }

        return null;
    }

    /// <summary>ORDER BY's order: unbound, blank nodes, IRIs, literals; literals by value where comparable.</summary>
    public static int OrderCompare(Term? a, Term? b)
    {
        if (a is null || b is null)
        {
            return (a is null ? 0 : 1) - (b is null ? 0 : 1);
        }

        var ra = Rank(a);
        var rb = Rank(b);
        if (ra != rb)
        {
            return ra.CompareTo(rb);
        }

        if (a is Literal && b is Literal)
        {
            var c = Compare(a, b);
            if (c is { } v && v != 0)
            {
                return v;
            }

            if (c == 0 && !a.Equals(b))
            {
                // Equal values with different forms (1 and 1.0): fall back to a fixed order of the terms.
                return a.CompareTo(b);
            }
        }

        return a.CompareTo(b);
    }

    private static int Rank(Term t) => t.Kind switch
    {
        TermKind.BlankNode => 0,
        TermKind.Iri => 1,
        _ => 2,
    };

    private static bool IsBoolean(Literal l, out bool value)
    {
        value = false;
        if (!l.Datatype.Equals(Vocab.Xsd.Boolean))
        {
            return false;
        }

        switch (l.Lexical)
        {
            case "true" or "1":
                value = true;
                return true;
            case "false" or "0":
                return true;
            default:
                return false;
        }
    }

    private static bool IsKnownDatatype(Literal l) =>
        l.Language is not null || l.IsSimple || Numeric.IsNumericDatatype(l.Datatype) || l.Datatype.Equals(Vocab.Xsd.Boolean)
        || l.Datatype.Equals(XsdDateTime.DateTimeType) || l.Datatype.Equals(XsdDateTime.DateType);

    /// <summary>A literal of a datatype SPARQL knows whose lexical form is valid for it (ill-typed literals compare as errors).</summary>
    private static bool IsValidKnownValue(Literal l)
    {
        if (l.Language is not null || l.IsSimple)
        {
            return true;
        }

        if (Numeric.IsNumericDatatype(l.Datatype))
        {
            return Numeric.TryParse(l, out _);
        }

        if (l.Datatype.Equals(Vocab.Xsd.Boolean))
        {
            return IsBoolean(l, out _);
        }

        if (l.Datatype.Equals(XsdDateTime.DateTimeType) || l.Datatype.Equals(XsdDateTime.DateType))
        {
            return XsdDateTime.TryParse(l, out _);
        }

        return false;
    }
}
