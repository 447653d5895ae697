/**
 * The provider interface a persistence adapter implements so that the service finds it at start-up
 * ({@link org.acme.users.persistence.spi.PersistenceProvider}); adapters depend on this package and the domain only.
 */
package org.acme.users.persistence.spi;
