package io.hactl.cib.edit;

import io.hactl.cib.xml.XmlElement;
import java.util.Optional;

/**
 * Meta attributes of a primitive or a group ({@code target-role}, {@code is-managed}, ...), as
 * {@code crm_resource --meta --set-parameter} writes them: an existing pair of that name is updated in place,
 * a new one goes into set {@code RSC-meta_attributes} as {@code RSC-meta_attributes-NAME}.
 */
public final class ResourceMeta {
    private ResourceMeta() {}

    /** Sets (or, with an empty value, removes) meta attribute {@code name} of {@code resource}. */
    public static XmlElement setResourceMeta(XmlElement cib, String resource, String name, Optional<String> value) {
        XmlElement element = Resources.require(cib, resource);
        XmlElement changed = NvPairSets.set(element, "meta_attributes",
                NvPairSets.id(resource + "-meta_attributes"), name, value);
        return Trees.replace(cib, element, changed);
    }

    /** The meta attribute as written on the resource itself (not inherited from its group or rsc_defaults). */
    public static Optional<String> resourceMeta(XmlElement cib, String resource, String name) {
        return NvPairSets.value(Resources.require(cib, resource), "meta_attributes", name);
    }
}
