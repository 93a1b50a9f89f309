namespace NewsGraph.Extraction.Gazetteer;

public enum EntityKind { Person, State, City, Organization, NewsAgency, Event }

/// <summary>How a name form names its entity; the order is the matcher's preference when two
/// forms of the same length compete.</summary>
public enum NameKind { Preferred, Alternative, Short, Demonym }

public enum Role
{
    Other, HeadOfState, HeadOfGovernment, Monarch, CrownPrince, ForeignMinister, DefenceMinister, Minister,
    Spokesperson, Diplomat, OrganizationHead, Journalist,
}
