package org.designcontest.account.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A customer organisation that launches contests; its staff are accounts with the CUSTOMER role.
 */
@Entity
// Read on every ownership check and never changed after sign-up: kept in the shared cache.
@Cacheable
public class Company {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Company() {}

  public Company(String name, Instant createdAt) {
    this.name = name;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }
}
