/**
 * The admin changes {@code hactl} sends to the coordinator, as pure functions from one CIB tree to the next:
 * node attributes (standby), resource meta attributes, moves, cluster properties, fail counts and cleanup, and
 * replacing the configuration. Element ids are made the way Pacemaker's tools make them (crm_attribute,
 * crm_resource, the attribute manager), so a CIB edited by hactl reads like one edited by Pacemaker. Nothing here
 * touches the version attributes: the caller bumps them with {@link io.hactl.cib.xml.CibTree}.
 */
package io.hactl.cib.edit;
